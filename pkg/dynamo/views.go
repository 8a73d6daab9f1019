package dynamo

import (
	"context"
	"fmt"
	"time"

	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"

	"namebot/pkg/namebot"
)

// PostViewsTable: partition post_id, no index. One small item per post:
//
//	views        the count
//	author_id    the post's author, whose own reads do not count
//	last_viewer  the latest counted reader (a hash, namebot.Viewer.Key)
//	last_at      when (Unix seconds)
//
// Counting a view is one conditional UpdateItem of this item: one write
// unit, where an ADD on the post rewrote the post and its three
// ALL-projected index copies (about 8 write units for a 1.5 KB post).
// The item is made by the first read of its post (from the post, so that
// a count kept on the post item before this table existed carries over),
// never by a read of a post that does not exist.

func viewsKey(id string) map[string]types.AttributeValue {
	return map[string]types.AttributeValue{"post_id": attrS(id)}
}

// anonymous stands for "no user" in the author condition (DynamoDB
// compares it with author_id, which is never this).
const anonymous = "-"

// ViewPost reads the post and counts the view at the same time: the
// GetItem of the post and the UpdateItem of its counter go out together
// (one round trip, two calls). The update's condition is
// the view rule (namebot/post.go): it fails for the author's own read, for the same
// reader again within the window, and when the counter does not exist
// yet; then the counter is read (or made) for the count to show.
func (db *DB) ViewPost(ctx context.Context, id string, v namebot.Viewer, now time.Time) (*namebot.Post, error) {
	type counted struct {
		views int64
		err   error
	}
	cc := make(chan counted, 1)
	go func() {
		n, err := db.countView(ctx, id, v, now)
		cc <- counted{n, err}
	}()
	p, perr := db.FindPost(ctx, id)
	c := <-cc
	if perr != nil {
		return nil, perr
	}
	if c.err == nil {
		p.ViewCount = c.views
		return p, nil
	}
	if !isConditionFailed(c.err) {
		return nil, failed("count view", c.err)
	}
	views, err := db.uncountedViews(ctx, p, v, now)
	if err != nil {
		return nil, err
	}
	p.ViewCount = views
	return p, nil
}

// countView adds the view if the view rule allows it and returns the
// new count; a ConditionalCheckFailedException when it does not (or when
// the counter does not exist).
func (db *DB) countView(ctx context.Context, id string, v namebot.Viewer, now time.Time) (int64, error) {
	user := v.UserID
	if user == "" {
		user = anonymous
	}
	out, err := db.API.UpdateItem(ctx, &dynamodb.UpdateItemInput{
		TableName:                &db.Tables.PostViews,
		Key:                      viewsKey(id),
		UpdateExpression:         ptr("ADD #views :one SET last_viewer = :v, last_at = :now"),
		ConditionExpression:      ptr("attribute_exists(post_id) AND author_id <> :u AND (last_viewer <> :v OR last_at <= :cutoff)"),
		ExpressionAttributeNames: map[string]string{"#views": "views"},
		ExpressionAttributeValues: map[string]types.AttributeValue{
			":one": attrN(1), ":v": attrS(v.Key), ":u": attrS(user),
			":now": attrN(now.Unix()), ":cutoff": attrN(now.Add(-namebot.ViewWindow).Unix()),
		},
		ReturnValues: types.ReturnValueUpdatedNew,
	})
	if err != nil {
		return 0, err
	}
	return num(out.Attributes, "views"), nil
}

// uncountedViews is the count when countView's condition failed: the
// counter as it is, or, for a post read for the first time, a new counter
// that starts from the post's own view_count (kept there before this
// table) plus this view if it counts. Two first reads at once: the one
// whose PutItem loses counts through countView again.
func (db *DB) uncountedViews(ctx context.Context, p *namebot.Post, v namebot.Viewer, now time.Time) (int64, error) {
	out, err := db.API.GetItem(ctx, &dynamodb.GetItemInput{TableName: &db.Tables.PostViews, Key: viewsKey(p.ID), ConsistentRead: ptr(true)})
	if err != nil {
		return 0, failed("read views", err)
	}
	if out.Item != nil {
		return num(out.Item, "views"), nil
	}
	views := p.ViewCount
	item := map[string]types.AttributeValue{"post_id": attrS(p.ID), "author_id": attrS(p.AuthorID), "views": attrN(views)}
	if !p.ReadByAuthor(v) {
		views++
		item["views"], item["last_viewer"], item["last_at"] = attrN(views), attrS(v.Key), attrN(now.Unix())
	} else {
		item["last_viewer"], item["last_at"] = attrS(anonymous), attrN(0)
	}
	_, err = db.API.PutItem(ctx, &dynamodb.PutItemInput{
		TableName: &db.Tables.PostViews, Item: item, ConditionExpression: ptr("attribute_not_exists(post_id)"),
	})
	if isConditionFailed(err) {
		n, err := db.countView(ctx, p.ID, v, now)
		if isConditionFailed(err) {
			return db.uncountedViews(ctx, p, v, now)
		}
		if err != nil {
			return 0, failed("count view", err)
		}
		return n, nil
	}
	if err != nil {
		return 0, failed("start views", err)
	}
	return views, nil
}

// postViews reads the counters of a page of posts in one BatchGetItem
// (eventually consistent: a list may show a count a second old) and sets
// each post's ViewCount; a post without a counter keeps the count stored
// on it (0 for a post never read). Keys left unprocessed after a retry
// keep that count too: a list never fails for a counter.
func (db *DB) postViews(ctx context.Context, posts []*namebot.Post) error {
	if len(posts) == 0 {
		return nil
	}
	byID := make(map[string]*namebot.Post, len(posts))
	keys := make([]map[string]types.AttributeValue, 0, len(posts))
	for _, p := range posts {
		byID[p.ID] = p
		keys = append(keys, viewsKey(p.ID))
	}
	req := map[string]types.KeysAndAttributes{db.Tables.PostViews: {
		Keys: keys, ProjectionExpression: ptr("post_id, #views"), ExpressionAttributeNames: map[string]string{"#views": "views"},
	}}
	for attempt := 0; attempt < 2 && len(req) > 0; attempt++ {
		out, err := db.API.BatchGetItem(ctx, &dynamodb.BatchGetItemInput{RequestItems: req})
		if err != nil {
			return failed("list views", err)
		}
		for _, it := range out.Responses[db.Tables.PostViews] {
			if p := byID[str(it, "post_id")]; p != nil {
				p.ViewCount = num(it, "views")
			}
		}
		req = out.UnprocessedKeys
	}
	return nil
}

// DeletePostViews deletes a post's counter; one already gone is fine.
func (db *DB) DeletePostViews(ctx context.Context, id string) error {
	if _, err := db.API.DeleteItem(ctx, &dynamodb.DeleteItemInput{TableName: &db.Tables.PostViews, Key: viewsKey(id)}); err != nil {
		return failed("delete views", fmt.Errorf("post %s: %w", id, err))
	}
	return nil
}
