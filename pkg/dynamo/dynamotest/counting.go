// Package dynamotest holds test support for code that talks to DynamoDB
// through dynamo.API: a wrapper that counts the calls, for the tests and
// `make bench`, which report DynamoDB calls per route measured at the
// client rather than guessed.
package dynamotest

import (
	"context"
	"sync/atomic"

	"github.com/aws/aws-sdk-go-v2/service/dynamodb"

	"namebot/pkg/dynamo"
)

// Counting wraps a dynamo.API and counts the calls made through it. It
// forwards through a named field and implements every method itself, so a
// method added to dynamo.API does not compile until it is counted here.
type Counting struct {
	// Wrapped is the client the calls go to (uncounted when used directly).
	Wrapped dynamo.API
	n       atomic.Int64
}

var _ dynamo.API = (*Counting)(nil)

// Wrap makes c count the calls to api and returns c: it fits
// app.Options.WrapDynamo.
func (c *Counting) Wrap(api dynamo.API) dynamo.API {
	c.Wrapped = api
	return c
}

// Calls returns the number of calls so far.
func (c *Counting) Calls() int64 { return c.n.Load() }

// GetItem counts and forwards.
func (c *Counting) GetItem(ctx context.Context, in *dynamodb.GetItemInput, o ...func(*dynamodb.Options)) (*dynamodb.GetItemOutput, error) {
	c.n.Add(1)
	return c.Wrapped.GetItem(ctx, in, o...)
}

// PutItem counts and forwards.
func (c *Counting) PutItem(ctx context.Context, in *dynamodb.PutItemInput, o ...func(*dynamodb.Options)) (*dynamodb.PutItemOutput, error) {
	c.n.Add(1)
	return c.Wrapped.PutItem(ctx, in, o...)
}

// UpdateItem counts and forwards.
func (c *Counting) UpdateItem(ctx context.Context, in *dynamodb.UpdateItemInput, o ...func(*dynamodb.Options)) (*dynamodb.UpdateItemOutput, error) {
	c.n.Add(1)
	return c.Wrapped.UpdateItem(ctx, in, o...)
}

// DeleteItem counts and forwards.
func (c *Counting) DeleteItem(ctx context.Context, in *dynamodb.DeleteItemInput, o ...func(*dynamodb.Options)) (*dynamodb.DeleteItemOutput, error) {
	c.n.Add(1)
	return c.Wrapped.DeleteItem(ctx, in, o...)
}

// Query counts and forwards.
func (c *Counting) Query(ctx context.Context, in *dynamodb.QueryInput, o ...func(*dynamodb.Options)) (*dynamodb.QueryOutput, error) {
	c.n.Add(1)
	return c.Wrapped.Query(ctx, in, o...)
}

// BatchWriteItem counts and forwards.
func (c *Counting) BatchWriteItem(ctx context.Context, in *dynamodb.BatchWriteItemInput, o ...func(*dynamodb.Options)) (*dynamodb.BatchWriteItemOutput, error) {
	c.n.Add(1)
	return c.Wrapped.BatchWriteItem(ctx, in, o...)
}

// BatchGetItem counts and forwards.
func (c *Counting) BatchGetItem(ctx context.Context, in *dynamodb.BatchGetItemInput, o ...func(*dynamodb.Options)) (*dynamodb.BatchGetItemOutput, error) {
	c.n.Add(1)
	return c.Wrapped.BatchGetItem(ctx, in, o...)
}
