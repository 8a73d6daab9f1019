package naming

import (
	"encoding/json"
)

// AnswerSchema is the JSON Schema of an answer with one array per kind
// given ("functions", "variables", "constants", "classes") of {"name",
// "reason"} objects, and a "note". The model client sends it with every
// kind: a strict schema forbids what it does not list, and the prompt says
// which kinds to fill (the others stay empty arrays). It follows the subset OpenAI's Structured Outputs accept in
// strict mode: every property required, no additional properties, no
// length keywords (the parser bounds lengths itself). SchemaName is the
// name it is sent under.
func AnswerSchema(kinds []Kind) json.RawMessage {
	item := map[string]any{
		"type": "object",
		"properties": map[string]any{
			"name":   map[string]any{"type": "string", "description": "the identifier, exactly as it would appear in code"},
			"reason": map[string]any{"type": "string", "description": "one line: why this name fits, in the language of the question"},
		},
		"required":             []string{"name", "reason"},
		"additionalProperties": false,
	}
	props := map[string]any{}
	required := make([]string, 0, len(kinds)+1)
	for _, k := range kinds {
		key := plural(string(k))
		props[key] = map[string]any{
			"type":        "array",
			"description": string(k) + " names, best first",
			"items":       item,
		}
		required = append(required, key)
	}
	props["note"] = map[string]any{"type": "string", "description": "optional advice in one or two sentences; empty when there is none"}
	required = append(required, "note")
	schema := map[string]any{
		"type":                 "object",
		"properties":           props,
		"required":             required,
		"additionalProperties": false,
	}
	raw, err := json.Marshal(schema)
	if err != nil {
		// Marshalling maps of strings and slices cannot fail.
		return json.RawMessage(`{"type":"object"}`)
	}
	return raw
}

// SchemaName is the name the answer schema is sent under.
const SchemaName = "namebot_answer"
