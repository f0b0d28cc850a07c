// Input and output schemas of export.* and import.* methods.
export const exportsMethods = {};
