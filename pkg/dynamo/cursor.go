package dynamo

import (
	"encoding/base64"
	"encoding/json"

	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"

	"namebot/pkg/namebot"
)

// A cursor is the base64url JSON of the string attributes of a page's
// LastEvaluatedKey, minus the partition key, which always comes from the
// caller (the token's user, the route's room): a cursor can never point
// into someone else's partition.

func encodeCursor(lek map[string]types.AttributeValue, fields ...string) string {
	if len(lek) == 0 {
		return ""
	}
	m := make(map[string]string, len(fields))
	for _, f := range fields {
		m[f] = str(lek, f)
	}
	b, _ := json.Marshal(m)
	return base64.RawURLEncoding.EncodeToString(b)
}

// decodeCursor returns the start key for cursor with the partition key
// pk=pkValue added, or an EINVALID error when the cursor is malformed.
// valid checks each field's value.
func decodeCursor(cursor, pk, pkValue string, valid func(field, value string) bool, fields ...string) (map[string]types.AttributeValue, error) {
	if cursor == "" {
		return nil, nil
	}
	bad := namebot.Errorf(namebot.EINVALID, "bad_cursor")
	if len(cursor) > 512 {
		return nil, bad
	}
	raw, err := base64.RawURLEncoding.DecodeString(cursor)
	if err != nil {
		return nil, bad
	}
	var m map[string]string
	if err := json.Unmarshal(raw, &m); err != nil || len(m) != len(fields) {
		return nil, bad
	}
	key := map[string]types.AttributeValue{pk: attrS(pkValue)}
	for _, f := range fields {
		v, ok := m[f]
		if !ok || !valid(f, v) {
			return nil, bad
		}
		key[f] = attrS(v)
	}
	return key, nil
}

// trimPage keeps the first limit items of a query that asked for limit+1
// and returns the cursor after the last kept item, or "" when nothing is
// left: a full last page gives no cursor that would only lead to an empty
// page. The item's own attributes are the start key (table and index keys).
func trimPage(items []map[string]types.AttributeValue, limit int, fields ...string) ([]map[string]types.AttributeValue, string) {
	if len(items) <= limit {
		return items, ""
	}
	items = items[:limit]
	return items, encodeCursor(items[limit-1], fields...)
}
