// The header beside an uploaded file, free of dependencies so the renderer's bundle does not pull in zod for one string.

/** HTTP header that carries a file-taking method's other parameters (base64url JSON), since the body is the file itself. */
export const PARAMS_HEADER = 'x-afterword-params';
