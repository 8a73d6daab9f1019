package dynamo

// FormatTime exposes the stored time format to the external tests.
var FormatTime = ts
