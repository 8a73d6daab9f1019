package apitest

import (
	"context"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"

	"namebot/pkg/app"
	"namebot/pkg/dynamo"
)

// writeLog records the writes made through it as "Op Table".
type writeLog struct {
	dynamo.API
	mu     sync.Mutex
	writes []string
}

func (w *writeLog) note(op, table string) {
	w.mu.Lock()
	w.writes = append(w.writes, op+" "+table)
	w.mu.Unlock()
}

// take returns the writes since the last take.
func (w *writeLog) take() []string {
	w.mu.Lock()
	defer w.mu.Unlock()
	out := w.writes
	w.writes = nil
	return out
}

func (w *writeLog) PutItem(ctx context.Context, in *dynamodb.PutItemInput, o ...func(*dynamodb.Options)) (*dynamodb.PutItemOutput, error) {
	w.note("PutItem", *in.TableName)
	return w.API.PutItem(ctx, in, o...)
}

func (w *writeLog) UpdateItem(ctx context.Context, in *dynamodb.UpdateItemInput, o ...func(*dynamodb.Options)) (*dynamodb.UpdateItemOutput, error) {
	w.note("UpdateItem", *in.TableName)
	return w.API.UpdateItem(ctx, in, o...)
}

func (w *writeLog) DeleteItem(ctx context.Context, in *dynamodb.DeleteItemInput, o ...func(*dynamodb.Options)) (*dynamodb.DeleteItemOutput, error) {
	w.note("DeleteItem", *in.TableName)
	return w.API.DeleteItem(ctx, in, o...)
}

func (w *writeLog) BatchWriteItem(ctx context.Context, in *dynamodb.BatchWriteItemInput, o ...func(*dynamodb.Options)) (*dynamodb.BatchWriteItemOutput, error) {
	for table := range in.RequestItems {
		w.note("BatchWriteItem", table)
	}
	return w.API.BatchWriteItem(ctx, in, o...)
}

// TestPostViews: a view is one write of the post's counter (never of the
// post and its indexes); the author's own reads and a reader's reloads
// within a minute do not count; lists show the counts; the counter goes
// with the post and with its author's account.
func TestPostViews(t *testing.T) {
	var clock atomic.Int64
	clock.Store(time.Date(2026, 12, 5, 10, 0, 0, 0, time.UTC).UnixNano())
	log := &writeLog{}
	e, _ := Start(t, map[string]string{}, app.Options{
		Now: func() time.Time { return time.Unix(0, clock.Load()) },
		WrapDynamo: func(api dynamo.API) dynamo.API {
			log.API = api
			return log
		},
	})
	advance := func(d time.Duration) { clock.Add(int64(d)) }
	counter := func(id string) map[string]types.AttributeValue {
		t.Helper()
		out, err := log.API.GetItem(context.Background(), &dynamodb.GetItemInput{
			TableName: ptrTo("PostViewsTable"), Key: map[string]types.AttributeValue{"post_id": &types.AttributeValueMemberS{Value: id}}, ConsistentRead: ptrTo(true),
		})
		if err != nil {
			t.Fatal(err)
		}
		return out.Item
	}
	author := e.NewClient(t)
	author.SignUp(Email("views-author"), "abc12345", "author")
	reader := e.NewClient(t)
	reader.SignUp(Email("views-reader"), "abc12345", "reader")
	visitor := e.NewClient(t)
	id := author.Do("POST", "/api/board", map[string]any{"title": "t", "content": "c", "category": "chat"}).Want(t, 201).Str("id")
	post := "/api/board/" + id
	views := func(c *Client, want float64) {
		t.Helper()
		r := c.Do("GET", post, nil).Want(t, 200)
		if got := r.JSON["view_count"]; got != want {
			t.Fatalf("view_count = %v, want %v", got, want)
		}
	}

	t.Run("FirstReadMakesTheCounter", func(t *testing.T) {
		log.take()
		views(reader, 1)
		if w := log.take(); len(w) != 2 || w[0] != "UpdateItem PostViewsTable" || w[1] != "PutItem PostViewsTable" {
			t.Fatalf("writes = %v, want the refused update and the counter's put", w)
		}
	})
	t.Run("OneWritePerView", func(t *testing.T) {
		views(visitor, 2)
		if w := log.take(); len(w) != 1 || w[0] != "UpdateItem PostViewsTable" {
			t.Fatalf("writes = %v, want one UpdateItem of PostViewsTable (no write to the post)", w)
		}
	})
	t.Run("ReloadWithinAMinuteCountsOnce", func(t *testing.T) {
		views(visitor, 2)
		advance(30 * time.Second)
		views(reader, 3) // another reader came between: the reader counts again
		views(reader, 3)
		advance(59 * time.Second)
		views(reader, 3)
		advance(time.Second)
		views(reader, 4) // a minute after the last counted view
	})
	t.Run("AuthorsOwnReadsDoNotCount", func(t *testing.T) {
		advance(2 * time.Minute)
		views(author, 4)
		views(author, 4)
		// Without the token the author is a visitor like any other.
		anonymousAuthor := &Client{T: t, Base: e.URL, HTTP: author.HTTP}
		views(anonymousAuthor, 5)
	})
	t.Run("ListsShowTheCounts", func(t *testing.T) {
		r := visitor.Do("GET", "/api/board", nil).Want(t, 200)
		items, _ := r.JSON["items"].([]any)
		if len(items) == 0 || items[0].(map[string]any)["id"] != id || items[0].(map[string]any)["view_count"] != float64(5) {
			t.Fatalf("list: %s", r.Raw)
		}
	})
	t.Run("MissingPostMakesNoCounter", func(t *testing.T) {
		gone := "01a2185f-cccf-780b-b414-85713d7810ec"
		visitor.Do("GET", "/api/board/"+gone, nil).WantError(t, 404, "not_found")
		if it := counter(gone); it != nil {
			t.Fatalf("counter made for a missing post: %v", it)
		}
	})
	t.Run("CountKeptOnThePostCarriesOver", func(t *testing.T) {
		// A post whose count was kept on the post item (before the views
		// table) continues from it on its first read.
		old := author.Do("POST", "/api/board", map[string]any{"title": "old", "content": "c", "category": "chat"}).Want(t, 201).Str("id")
		_, err := log.API.UpdateItem(context.Background(), &dynamodb.UpdateItemInput{
			TableName: ptrTo("PostsTable"), Key: map[string]types.AttributeValue{"id": &types.AttributeValueMemberS{Value: old}},
			UpdateExpression:          ptrTo("SET view_count = :n"),
			ExpressionAttributeValues: map[string]types.AttributeValue{":n": &types.AttributeValueMemberN{Value: "41"}},
		})
		if err != nil {
			t.Fatal(err)
		}
		if got := visitor.Do("GET", "/api/board/"+old, nil).Want(t, 200).JSON["view_count"]; got != float64(42) {
			t.Fatalf("view_count = %v, want 42", got)
		}
	})
	t.Run("DeletedWithThePost", func(t *testing.T) {
		if counter(id) == nil {
			t.Fatal("no counter before the deletion")
		}
		author.Do("DELETE", post, nil).Want(t, 204)
		if it := counter(id); it != nil {
			t.Fatalf("counter left after the post's deletion: %v", it)
		}
	})
	t.Run("DeletedWithTheAccount", func(t *testing.T) {
		mine := reader.Do("POST", "/api/board", map[string]any{"title": "mine", "content": "c", "category": "chat"}).Want(t, 201).Str("id")
		visitor.Do("GET", "/api/board/"+mine, nil).Want(t, 200)
		if counter(mine) == nil {
			t.Fatal("no counter before the deletion")
		}
		reader.Do("DELETE", "/api/accounts/profile", map[string]string{"password": "abc12345"}).Want(t, 204)
		if it := counter(mine); it != nil {
			t.Fatalf("counter left after the account's deletion: %v", it)
		}
	})
}
