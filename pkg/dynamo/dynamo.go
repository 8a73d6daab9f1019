// Package dynamo implements the domain's stores on DynamoDB. Every request
// path read is a GetItem, a BatchGetItem of known keys or a Query on a key
// or index; writes are single-item conditional operations, or
// BatchWriteItem for a send's messages and for deletions (dynalite, the
// local stand-in, has no transactions), with compensation where a second
// step fails.
package dynamo

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"time"

	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"

	"namebot/pkg/namebot"
)

// Tables are the physical table names, from configuration.
type Tables struct {
	Users    string
	Sessions string
	Counters string
	Chats    string
	Messages string
	Posts    string
	// PostViews holds one view counter per post (no index).
	PostViews string
}

// API is the subset of the DynamoDB client the stores use, so that tests
// can wrap it (for instance to count calls or inject failures).
type API interface {
	GetItem(context.Context, *dynamodb.GetItemInput, ...func(*dynamodb.Options)) (*dynamodb.GetItemOutput, error)
	PutItem(context.Context, *dynamodb.PutItemInput, ...func(*dynamodb.Options)) (*dynamodb.PutItemOutput, error)
	UpdateItem(context.Context, *dynamodb.UpdateItemInput, ...func(*dynamodb.Options)) (*dynamodb.UpdateItemOutput, error)
	DeleteItem(context.Context, *dynamodb.DeleteItemInput, ...func(*dynamodb.Options)) (*dynamodb.DeleteItemOutput, error)
	Query(context.Context, *dynamodb.QueryInput, ...func(*dynamodb.Options)) (*dynamodb.QueryOutput, error)
	BatchWriteItem(context.Context, *dynamodb.BatchWriteItemInput, ...func(*dynamodb.Options)) (*dynamodb.BatchWriteItemOutput, error)
	BatchGetItem(context.Context, *dynamodb.BatchGetItemInput, ...func(*dynamodb.Options)) (*dynamodb.BatchGetItemOutput, error)
}

// DB is the DynamoDB implementation of the domain's stores.
type DB struct {
	API    API
	Tables Tables
}

var (
	_ namebot.UserStore     = (*DB)(nil)
	_ namebot.ThrottleStore = (*DB)(nil)
	_ namebot.SessionStore  = (*DB)(nil)
	_ namebot.QuotaStore    = (*DB)(nil)
)

// Ping answers whether the store responds (GET /api/health): one cheap
// GetItem of a key that does not exist.
func (db *DB) Ping(ctx context.Context) error {
	_, err := db.API.GetItem(ctx, &dynamodb.GetItemInput{
		TableName: &db.Tables.Users,
		Key:       map[string]types.AttributeValue{"pk": attrS("health#ping")},
	})
	if err != nil {
		return namebot.Unavailable("ping", err)
	}
	return nil
}

// attrS, attrN and attrBool build string, number and boolean attribute
// values; str, num and boolean read them back. attrS is not inlined
// (//go:noinline): ~200 call sites, and inlined it made every bootstrap
// ~7 KB larger.
//
//go:noinline
func attrS(v string) types.AttributeValue { return &types.AttributeValueMemberS{Value: v} }

func attrN(v int64) types.AttributeValue {
	return &types.AttributeValueMemberN{Value: strconv.FormatInt(v, 10)}
}

func attrBool(v bool) types.AttributeValue { return &types.AttributeValueMemberBOOL{Value: v} }

func isConditionFailed(err error) bool {
	var c *types.ConditionalCheckFailedException
	return errors.As(err, &c)
}

// failed wraps a store error as 503: the client should retry later.
func failed(op string, err error) error {
	return namebot.Unavailable(op, err)
}

func notFound(key string) error { return namebot.Errorf(namebot.ENOTFOUND, key) }

// ts formats times the way every table stores them (RFC 3339, UTC, ns).
// The layout is fixed-width (RFC 3339 with all nine fraction digits): the
// by_activity index sorts on it and TouchChat compares it as a string,
// and RFC3339Nano drops trailing zeros, so "…00.5Z" sorted after "…00.55Z".
func ts(t time.Time) string { return t.UTC().Format(tsLayout) }

const tsLayout = "2006-01-02T15:04:05.000000000Z07:00"

func parseTS(v string) time.Time {
	t, err := time.Parse(time.RFC3339Nano, v)
	if err != nil {
		return time.Time{}
	}
	return t
}

func str(item map[string]types.AttributeValue, k string) string {
	if v, ok := item[k].(*types.AttributeValueMemberS); ok {
		return v.Value
	}
	return ""
}

func num(item map[string]types.AttributeValue, k string) int64 {
	if v, ok := item[k].(*types.AttributeValueMemberN); ok {
		i, err := strconv.ParseInt(v.Value, 10, 64)
		if err == nil {
			return i
		}
	}
	return 0
}

func boolean(item map[string]types.AttributeValue, k string) bool {
	if v, ok := item[k].(*types.AttributeValueMemberBOOL); ok {
		return v.Value
	}
	return false
}

func ptr[T any](v T) *T { return &v }

// batchDelete deletes keys 25 at a time, retrying unprocessed items.
func (db *DB) batchDelete(ctx context.Context, table string, keys []map[string]types.AttributeValue) error {
	reqs := make([]types.WriteRequest, 0, len(keys))
	for _, key := range keys {
		reqs = append(reqs, types.WriteRequest{DeleteRequest: &types.DeleteRequest{Key: key}})
	}
	return db.batchWrite(ctx, table, reqs)
}

// batchWrite sends reqs to table 25 at a time (BatchWriteItem's limit),
// retrying unprocessed items with a growing pause.
func (db *DB) batchWrite(ctx context.Context, table string, reqs []types.WriteRequest) error {
	for len(reqs) > 0 {
		k := min(len(reqs), 25)
		pending := map[string][]types.WriteRequest{table: reqs[:k]}
		reqs = reqs[k:]
		for attempt := 0; len(pending) > 0; attempt++ {
			if attempt == 5 {
				return fmt.Errorf("batch write %s: unprocessed items after %d attempts", table, attempt)
			}
			if attempt > 0 {
				if err := pause(ctx, attempt); err != nil {
					return err
				}
			}
			out, err := db.API.BatchWriteItem(ctx, &dynamodb.BatchWriteItemInput{RequestItems: pending})
			if err != nil {
				return fmt.Errorf("batch write %s: %w", table, err)
			}
			pending = out.UnprocessedItems
		}
	}
	return nil
}

// pause waits before retry attempt n of a batch (40 ms, 80 ms, ...).
func pause(ctx context.Context, n int) error {
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-time.After(time.Duration(20<<n) * time.Millisecond):
		return nil
	}
}

// queryAll runs a query through every page, calling fn for each item.
func (db *DB) queryAll(ctx context.Context, in *dynamodb.QueryInput, fn func(map[string]types.AttributeValue)) error {
	pages := dynamodb.NewQueryPaginator(db.API, in)
	for pages.HasMorePages() {
		out, err := pages.NextPage(ctx)
		if err != nil {
			return err
		}
		for _, it := range out.Items {
			fn(it)
		}
	}
	return nil
}

// batchGet reads one item from each of several tables in one BatchGetItem
// (strongly consistent), retrying unprocessed keys; the result maps a
// table to its item, absent when the item does not exist.
func (db *DB) batchGet(ctx context.Context, op string, keys map[string]map[string]types.AttributeValue) (map[string]map[string]types.AttributeValue, error) {
	req := make(map[string]types.KeysAndAttributes, len(keys))
	for table, key := range keys {
		req[table] = types.KeysAndAttributes{Keys: []map[string]types.AttributeValue{key}, ConsistentRead: ptr(true)}
	}
	got := make(map[string]map[string]types.AttributeValue, len(keys))
	for attempt := 0; len(req) > 0; attempt++ {
		if attempt == 5 {
			return nil, failed(op, fmt.Errorf("unprocessed keys after %d attempts", attempt))
		}
		if attempt > 0 {
			if err := pause(ctx, attempt); err != nil {
				return nil, failed(op, err)
			}
		}
		out, err := db.API.BatchGetItem(ctx, &dynamodb.BatchGetItemInput{RequestItems: req})
		if err != nil {
			return nil, failed(op, err)
		}
		for table, items := range out.Responses {
			if len(items) > 0 {
				got[table] = items[0]
			}
		}
		req = out.UnprocessedKeys
	}
	return got, nil
}
