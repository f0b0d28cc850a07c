// Input and output schemas of templates.* methods.
export const templatesMethods = {};
