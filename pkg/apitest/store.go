package apitest

import (
	"encoding/xml"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
)

// Partition returns the keys stored under one partition of a table of e
// (each item's day or id; consistent read, every page): it looks at the
// table directly, not through the API, for what the API can no longer show.
func (e *Env) Partition(t testing.TB, table, key, value string) []string {
	t.Helper()
	var ids []string
	in := &dynamodb.QueryInput{
		TableName:                 &table,
		KeyConditionExpression:    ptrTo("#k = :v"),
		ExpressionAttributeNames:  map[string]string{"#k": key},
		ExpressionAttributeValues: map[string]types.AttributeValue{":v": &types.AttributeValueMemberS{Value: value}},
		ConsistentRead:            ptrTo(true),
	}
	pages := dynamodb.NewQueryPaginator(e.Stack.Deps.DB.API, in)
	for pages.HasMorePages() {
		out, err := pages.NextPage(t.Context())
		if err != nil {
			t.Fatalf("query %s: %v", table, err)
		}
		for _, it := range out.Items {
			s := fmt.Sprint(it)
			for _, k := range []string{"id", "day"} {
				if v, ok := it[k].(*types.AttributeValueMemberS); ok {
					s = v.Value
				}
			}
			ids = append(ids, s)
		}
	}
	return ids
}

func ptrTo[T any](v T) *T { return &v }

// Objects lists the keys stored in e's images bucket under prefix.
func (e *Env) Objects(t testing.TB, prefix string) []string {
	t.Helper()
	u := e.Stack.S3.Endpoint + "/" + e.Stack.Deps.Cfg.ImagesBucket + "?list-type=2&prefix=" + url.QueryEscape(prefix)
	resp, err := http.Get(u)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	var out struct {
		Contents []struct{ Key string }
	}
	if resp.StatusCode != 200 || xml.Unmarshal(body, &out) != nil {
		t.Fatalf("list %s: %d %s", prefix, resp.StatusCode, body)
	}
	var keys []string
	for _, c := range out.Contents {
		keys = append(keys, c.Key)
	}
	return keys
}
