package statements

// Unchecked is the verdict of a statement when no original was found to
// check it against.
const Unchecked Verdict = "unchecked"
