package main

import (
	"context"
	"fmt"
	mrand "math/rand/v2"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"

	"namebot/pkg/dynamo"
	"namebot/pkg/namebot"
)

// The injections damage the stored data directly in DynamoDB after the
// load and before the verification, to show that the checks catch what
// they claim to: each must make the run fail.

func sKey(kv ...string) map[string]types.AttributeValue {
	m := map[string]types.AttributeValue{}
	for i := 0; i+1 < len(kv); i += 2 {
		m[kv[i]] = &types.AttributeValueMemberS{Value: kv[i+1]}
	}
	return m
}

func pickSend(users []*User, r *mrand.Rand) (*User, Accepted, bool) {
	var with []*User
	for _, u := range users {
		if len(u.Sends) > 0 {
			with = append(with, u)
		}
	}
	if len(with) == 0 {
		return nil, Accepted{}, false
	}
	u := with[r.IntN(len(with))]
	return u, u.Sends[r.IntN(len(u.Sends))], true
}

// injectLoss deletes one accepted message and one accepted post.
func injectLoss(ctx context.Context, db *dynamo.DB, users []*User, posts []string, r *mrand.Rand) ([]string, error) {
	var done []string
	if u, a, ok := pickSend(users, r); ok {
		if _, err := db.API.DeleteItem(ctx, &dynamodb.DeleteItemInput{
			TableName: &db.Tables.Messages, Key: sKey("chat_id", a.Room, "id", a.UserMsg),
		}); err != nil {
			return done, err
		}
		done = append(done, fmt.Sprintf("deleted accepted user message %s from room %s (user %s)", a.UserMsg, a.Room, u.Email))
	}
	if len(posts) > 0 {
		id := posts[r.IntN(len(posts))]
		if _, err := db.API.DeleteItem(ctx, &dynamodb.DeleteItemInput{TableName: &db.Tables.Posts, Key: sKey("id", id)}); err != nil {
			return done, err
		}
		done = append(done, "deleted accepted post "+id)
	}
	return done, nil
}

// injectDup stores a second copy of an accepted question under a new id,
// as a retry that was not recognised would.
func injectDup(ctx context.Context, db *dynamo.DB, users []*User, r *mrand.Rand) ([]string, error) {
	u, a, ok := pickSend(users, r)
	if !ok {
		return nil, nil
	}
	out, err := db.API.GetItem(ctx, &dynamodb.GetItemInput{TableName: &db.Tables.Messages, Key: sKey("chat_id", a.Room, "id", a.UserMsg)})
	if err != nil || out.Item == nil {
		return nil, fmt.Errorf("read message to duplicate: %v", err)
	}
	copyID := namebot.NewID()
	out.Item["id"] = &types.AttributeValueMemberS{Value: copyID}
	if _, err := db.API.PutItem(ctx, &dynamodb.PutItemInput{TableName: &db.Tables.Messages, Item: out.Item}); err != nil {
		return nil, err
	}
	return []string{fmt.Sprintf("stored a copy %s of question %s in room %s (user %s)", copyID, a.UserMsg, a.Room, u.Email)}, nil
}

// injectDoubleCount adds one to the quota counter of a user who asked.
func injectDoubleCount(ctx context.Context, db *dynamo.DB, users []*User, day string, r *mrand.Rand) ([]string, error) {
	var with []*User
	for _, u := range users {
		if len(u.Sends) > 0 && len(u.Sends) < 5 {
			with = append(with, u)
		}
	}
	if len(with) == 0 {
		return nil, nil
	}
	u := with[r.IntN(len(with))]
	if _, err := db.API.UpdateItem(ctx, &dynamodb.UpdateItemInput{
		TableName: &db.Tables.Counters, Key: sKey("user_id", u.ID, "day", day),
		UpdateExpression:          aws.String("ADD used :one"),
		ExpressionAttributeValues: map[string]types.AttributeValue{":one": &types.AttributeValueMemberN{Value: "1"}},
	}); err != nil {
		return nil, err
	}
	return []string{fmt.Sprintf("counted one send twice for user %s (%d answered)", u.Email, len(u.Sends))}, nil
}
