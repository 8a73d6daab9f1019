package dynamo

import (
	"context"
	"time"

	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"

	"namebot/pkg/namebot"
)

// PostsTable: partition id. Its GSIs list newest first (ids are UUIDv7):
//
//	feed        (feed = "all", id)    every post
//	by_category (category, id)        one category
//	by_author   (author_id, id)       a user's posts (account deletion)
//
// The feed index has one partition; a board of this size is far below a
// partition's 1,000 writes/s. View counts live in PostViewsTable (views.go),
// so a view never rewrites a post and its three index copies.

var _ namebot.PostStore = (*DB)(nil)

const feedAll = "all"

func postKey(id string) map[string]types.AttributeValue {
	return map[string]types.AttributeValue{"id": attrS(id)}
}

func postItem(p *namebot.Post) map[string]types.AttributeValue {
	it := map[string]types.AttributeValue{
		"id": attrS(p.ID), "feed": attrS(feedAll), "category": attrS(p.Category), "title": attrS(p.Title), "content": attrS(p.Content),
		"author_id": attrS(p.AuthorID), "author_nickname": attrS(p.AuthorNickname), "view_count": attrN(p.ViewCount),
		"created_at": attrS(ts(p.CreatedAt)), "updated_at": attrS(ts(p.UpdatedAt)),
	}
	if p.ImageKey != "" {
		it["image_key"] = attrS(p.ImageKey)
	}
	return it
}

func postFrom(it map[string]types.AttributeValue) *namebot.Post {
	return &namebot.Post{
		ID: str(it, "id"), Category: str(it, "category"), Title: str(it, "title"), Content: str(it, "content"),
		AuthorID: str(it, "author_id"), AuthorNickname: str(it, "author_nickname"), ImageKey: str(it, "image_key"),
		ViewCount: num(it, "view_count"), CreatedAt: parseTS(str(it, "created_at")), UpdatedAt: parseTS(str(it, "updated_at")),
	}
}

// CreatePost stores a new post.
func (db *DB) CreatePost(ctx context.Context, p *namebot.Post) error {
	_, err := db.API.PutItem(ctx, &dynamodb.PutItemInput{
		TableName: &db.Tables.Posts, Item: postItem(p), ConditionExpression: ptr("attribute_not_exists(id)"),
	})
	if err != nil {
		return failed("create post", err)
	}
	return nil
}

// FindPost reads a post without counting a view.
func (db *DB) FindPost(ctx context.Context, id string) (*namebot.Post, error) {
	out, err := db.API.GetItem(ctx, &dynamodb.GetItemInput{TableName: &db.Tables.Posts, Key: postKey(id), ConsistentRead: ptr(true)})
	if err != nil {
		return nil, failed("find post", err)
	}
	if out.Item == nil {
		return nil, notFound("post_not_found")
	}
	return postFrom(out.Item), nil
}

// FindPosts lists posts newest first.
func (db *DB) FindPosts(ctx context.Context, category, cursor string, limit int) (namebot.Page[*namebot.Post], error) {
	var page namebot.Page[*namebot.Post]
	index, pk, pv := "feed", "feed", feedAll
	if category != "" {
		index, pk, pv = "by_category", "category", category
	}
	start, err := decodeCursor(cursor, pk, pv, validIDField, "id")
	if err != nil {
		return page, err
	}
	out, err := db.API.Query(ctx, &dynamodb.QueryInput{
		TableName:                 &db.Tables.Posts,
		IndexName:                 &index,
		KeyConditionExpression:    ptr("#pk = :v"),
		ExpressionAttributeNames:  map[string]string{"#pk": pk},
		ExpressionAttributeValues: map[string]types.AttributeValue{":v": attrS(pv)},
		ScanIndexForward:          ptr(false),
		Limit:                     ptr(int32(limit + 1)),
		ExclusiveStartKey:         start,
	})
	if err != nil {
		return page, failed("list posts", err)
	}
	items, next := trimPage(out.Items, limit, "id")
	for _, it := range items {
		page.Items = append(page.Items, postFrom(it))
	}
	page.NextCursor = next
	return page, db.postViews(ctx, page.Items)
}

// UpdatePost replaces the editable fields if nobody edited meanwhile.
func (db *DB) UpdatePost(ctx context.Context, p *namebot.Post, prev time.Time) error {
	expr := "SET title = :t, content = :c, category = :cat, updated_at = :u"
	vals := map[string]types.AttributeValue{
		":t": attrS(p.Title), ":c": attrS(p.Content), ":cat": attrS(p.Category), ":u": attrS(ts(p.UpdatedAt)), ":prev": attrS(ts(prev)),
	}
	if p.ImageKey != "" {
		expr += ", image_key = :img"
		vals[":img"] = attrS(p.ImageKey)
	} else {
		expr += " REMOVE image_key"
	}
	_, err := db.API.UpdateItem(ctx, &dynamodb.UpdateItemInput{
		TableName:                 &db.Tables.Posts,
		Key:                       postKey(p.ID),
		UpdateExpression:          &expr,
		ConditionExpression:       ptr("updated_at = :prev"),
		ExpressionAttributeValues: vals,
	})
	if isConditionFailed(err) {
		return namebot.Errorf(namebot.ECONFLICT, "post_changed")
	}
	if err != nil {
		return failed("update post", err)
	}
	return nil
}

// DeletePost removes a post if it was not edited since updatedAt (its
// image is then the one the caller read and deleted); a post already gone
// is not an error.
func (db *DB) DeletePost(ctx context.Context, id string, updatedAt time.Time) error {
	_, err := db.API.DeleteItem(ctx, &dynamodb.DeleteItemInput{
		TableName:                 &db.Tables.Posts,
		Key:                       postKey(id),
		ConditionExpression:       ptr("attribute_not_exists(id) OR updated_at = :u"),
		ExpressionAttributeValues: map[string]types.AttributeValue{":u": attrS(ts(updatedAt))},
	})
	if isConditionFailed(err) {
		return namebot.Errorf(namebot.ECONFLICT, "post_changed")
	}
	if err != nil {
		return failed("delete post", err)
	}
	return nil
}

// FindUserPosts lists a user's posts (ids and image keys).
func (db *DB) FindUserPosts(ctx context.Context, userID string) ([]*namebot.Post, error) {
	var posts []*namebot.Post
	err := db.queryAll(ctx, &dynamodb.QueryInput{
		TableName:                 &db.Tables.Posts,
		IndexName:                 ptr("by_author"),
		KeyConditionExpression:    ptr("author_id = :a"),
		ExpressionAttributeValues: map[string]types.AttributeValue{":a": attrS(userID)},
	}, func(it map[string]types.AttributeValue) { posts = append(posts, postFrom(it)) })
	if err != nil {
		return nil, failed("list user posts", err)
	}
	return posts, nil
}
