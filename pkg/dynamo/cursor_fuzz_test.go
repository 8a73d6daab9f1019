package dynamo_test

import (
	"context"
	"maps"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"

	"namebot/pkg/dynamo"
	"namebot/pkg/namebot"
)

// pageAPI answers a Query with one page of limit items whose last
// evaluated key is the start key it was given (or a fixed one), and records
// the start key: enough to run a list method's cursor decoding and
// encoding without a database.
type pageAPI struct {
	dynamo.API
	start map[string]types.AttributeValue
	last  map[string]types.AttributeValue
}

func (p *pageAPI) Query(_ context.Context, in *dynamodb.QueryInput, _ ...func(*dynamodb.Options)) (*dynamodb.QueryOutput, error) {
	p.start = in.ExclusiveStartKey
	items := make([]map[string]types.AttributeValue, *in.Limit)
	for i := range items {
		items[i] = p.last
	}
	return &dynamodb.QueryOutput{Items: items, LastEvaluatedKey: p.last}, nil
}

// BatchGetItem answers the board's view counters: none yet.
func (p *pageAPI) BatchGetItem(context.Context, *dynamodb.BatchGetItemInput, ...func(*dynamodb.Options)) (*dynamodb.BatchGetItemOutput, error) {
	return &dynamodb.BatchGetItemOutput{}, nil
}

func sv(v string) types.AttributeValue { return &types.AttributeValueMemberS{Value: v} }

// FuzzCursor feeds arbitrary cursors to every list that takes one (rooms,
// a room's messages, the board feed and a category): a cursor is either
// refused as 400 invalid, or becomes a start key whose partition is the
// caller's (never the cursor's), with only the expected attributes, each a
// valid value; and every cursor the store hands out decodes to the key it
// came from.
func FuzzCursor(f *testing.F) {
	for _, s := range []string{
		"", "e30", "eyJpZCI6IjAxYTIxODVmLWNjY2YtNzgwYi1iNDE0LTg1NzEzZDc4MTBlYyJ9",
		"eyJ1cGRhdGVkX2F0IjoiMjAyNi0xMS0yNlQwMDowMDowMFoiLCJpZCI6IjAxYTIxODVmLWNjY2YtNzgwYi1iNDE0LTg1NzEzZDc4MTBlYyJ9",
		"eyJ1c2VyX2lkIjoic29tZW9uZSIsImlkIjoieCJ9", "%%%", "garbage", "eyJpZCI6WzFdfQ", "bnVsbA",
	} {
		f.Add(uint8(0), s)
		f.Add(uint8(1), s)
		f.Add(uint8(2), s)
		f.Add(uint8(3), s)
	}
	const user, room = "01a2185f-cccf-780b-b414-000000000001", "01a2185f-cccf-780b-b414-000000000002"
	id := "01a2185f-cccf-780b-b414-85713d7810ec"
	ts := time.Date(2026, 11, 26, 1, 2, 3, 4, time.UTC).Format(time.RFC3339Nano)
	lists := []struct {
		name   string
		pk, pv string
		fields []string
		last   map[string]types.AttributeValue
		call   func(db *dynamo.DB, cursor string) (string, error)
	}{
		{"rooms", "user_id", user, []string{"updated_at", "id"},
			map[string]types.AttributeValue{"user_id": sv(user), "updated_at": sv(ts), "id": sv(id)},
			func(db *dynamo.DB, c string) (string, error) {
				p, err := db.FindChats(context.Background(), user, c, 2)
				return p.NextCursor, err
			}},
		{"messages", "chat_id", room, []string{"id"},
			map[string]types.AttributeValue{"chat_id": sv(room), "id": sv(id)},
			func(db *dynamo.DB, c string) (string, error) {
				p, err := db.FindMessages(context.Background(), room, c, 2)
				return p.NextCursor, err
			}},
		{"feed", "feed", "all", []string{"id"},
			map[string]types.AttributeValue{"feed": sv("all"), "id": sv(id)},
			func(db *dynamo.DB, c string) (string, error) {
				p, err := db.FindPosts(context.Background(), "", c, 2)
				return p.NextCursor, err
			}},
		{"category", "category", "question", []string{"id"},
			map[string]types.AttributeValue{"category": sv("question"), "id": sv(id)},
			func(db *dynamo.DB, c string) (string, error) {
				p, err := db.FindPosts(context.Background(), "question", c, 2)
				return p.NextCursor, err
			}},
	}
	f.Fuzz(func(t *testing.T, which uint8, cursor string) {
		l := lists[int(which)%len(lists)]
		api := &pageAPI{last: l.last}
		db := &dynamo.DB{API: api, Tables: dynamo.Tables{Chats: "c", Messages: "m", Posts: "p"}}
		next, err := l.call(db, cursor)
		if err != nil {
			if e, ok := namebot.AsError(err); !ok || e.Code != namebot.EINVALID {
				t.Fatalf("%s: cursor %q: error %v, want nil or invalid", l.name, cursor, err)
			}
			return
		}
		if cursor == "" {
			if api.start != nil {
				t.Fatalf("%s: no cursor but a start key %v", l.name, api.start)
			}
		} else {
			if len(api.start) != len(l.fields)+1 {
				t.Fatalf("%s: cursor %q: start key %v", l.name, cursor, api.start)
			}
			if pk, _ := api.start[l.pk].(*types.AttributeValueMemberS); pk == nil || pk.Value != l.pv {
				t.Fatalf("%s: cursor %q moved the partition to %v", l.name, cursor, api.start[l.pk])
			}
			for _, f := range l.fields {
				v, ok := api.start[f].(*types.AttributeValueMemberS)
				if !ok {
					t.Fatalf("%s: cursor %q: %s is %T", l.name, cursor, f, api.start[f])
				}
				if f == "id" && !namebot.ValidID(v.Value) {
					t.Fatalf("%s: cursor %q: id %q accepted", l.name, cursor, v.Value)
				}
				if f == "updated_at" {
					if _, err := time.Parse(time.RFC3339Nano, v.Value); err != nil {
						t.Fatalf("%s: cursor %q: updated_at %q accepted", l.name, cursor, v.Value)
					}
				}
			}
		}
		// The cursor handed out decodes back to the key it encodes.
		if next == "" {
			t.Fatalf("%s: a full page without next_cursor", l.name)
		}
		if _, err := l.call(db, next); err != nil {
			t.Fatalf("%s: the store's own cursor %q is refused: %v", l.name, next, err)
		}
		if !maps.EqualFunc(api.start, l.last, func(a, b types.AttributeValue) bool {
			return a.(*types.AttributeValueMemberS).Value == b.(*types.AttributeValueMemberS).Value
		}) {
			t.Fatalf("%s: round trip %v -> %q -> %v", l.name, l.last, next, api.start)
		}
	})
}
