/**
 * A value a caller handed over (the embedding API) that the view does not take. Its message names our own fields
 * only, never echoes the caller's values, so it can be shown or posted back as it is.
 */
export class FieldError extends Error {}
