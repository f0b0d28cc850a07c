// Input and output schemas of settings.* methods.
export const settingsMethods = {};
