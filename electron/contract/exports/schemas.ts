// Input and output schemas of export.*, import.* and backup.* methods.
export const exportsMethods = {};
