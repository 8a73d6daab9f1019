package faulttest

import (
	"encoding/xml"
	"io"
	"net/url"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
)

// stored returns the sort keys (or ids) stored under one partition of a
// table, read consistently.
func stored(t *testing.T, s *stack, table, key, value string) []string {
	t.Helper()
	out, err := s.Stack.Deps.DB.API.Query(t.Context(), &dynamodb.QueryInput{
		TableName:                 &table,
		KeyConditionExpression:    ptr("#k = :v"),
		ExpressionAttributeNames:  map[string]string{"#k": key},
		ExpressionAttributeValues: map[string]types.AttributeValue{":v": &types.AttributeValueMemberS{Value: value}},
		ConsistentRead:            ptr(true),
	})
	if err != nil {
		t.Fatalf("query %s: %v", table, err)
	}
	var ids []string
	for _, it := range out.Items {
		for _, k := range []string{"id", "day"} {
			if v := itemS(it, k); v != "" {
				ids = append(ids, v)
				break
			}
		}
	}
	return ids
}

func ptr[T any](v T) *T { return &v }

// bucketKeys lists the images bucket under prefix.
func bucketKeys(t *testing.T, s *stack, prefix string) []string {
	t.Helper()
	resp, err := rawClient.Get(s.Stack.S3.Endpoint + "/" + s.Stack.Deps.Cfg.ImagesBucket + "?list-type=2&prefix=" + url.QueryEscape(prefix))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	var out struct{ Contents []struct{ Key string } }
	if resp.StatusCode != 200 || xml.Unmarshal(body, &out) != nil {
		t.Fatalf("list %s: %d %s", prefix, resp.StatusCode, body)
	}
	var keys []string
	for _, c := range out.Contents {
		keys = append(keys, c.Key)
	}
	return keys
}

// await waits for a held call to arrive.
func await(t *testing.T, r *rule, what string) {
	t.Helper()
	select {
	case <-r.reached:
	case <-time.After(10 * time.Second):
		t.Fatalf("%s never reached DynamoDB", what)
	}
}

// TestCascadeInterleavings pins each writer's write at the worst moment of
// a deletion (held just before it reaches DynamoDB until the deletion has
// finished) and checks that nothing of the deleted owner is left: the
// writer, checking its owner after its write, takes the write back.
func TestCascadeInterleavings(t *testing.T) {
	s := start(t, options{})
	tb := s.Stack.Deps.DB.Tables
	isPut := func(in any) bool {
		for _, reqs := range in.(*dynamodb.BatchWriteItemInput).RequestItems {
			return len(reqs) > 0 && reqs[0].PutRequest != nil
		}
		return false
	}

	t.Run("RoomCreatedAcrossAccountDeletion", func(t *testing.T) {
		c, uid := user(t, s, "roomacross")
		r, release := s.faults.holdOnce("PutItem", "ChatsTable", nil)
		defer release()
		res := make(chan raw, 1)
		go func() { res <- do(s.URL, "POST", "/api/chat", c.Token, map[string]string{"language": "Go"}) }()
		await(t, r, "the room's write")
		c.Do("DELETE", "/api/accounts/profile", map[string]string{"password": "abc12345"}).Want(t, 204)
		release()
		if got := <-res; got.Status != 401 || got.errorCode() != "unauthorized" {
			t.Errorf("create across the deletion: %d %s", got.Status, got.Body)
		}
		if left := stored(t, s, tb.Chats, "user_id", uid); len(left) != 0 {
			t.Fatalf("rooms of the deleted user: %v", left)
		}
	})

	t.Run("PostCreatedAcrossAccountDeletion", func(t *testing.T) {
		c, uid := user(t, s, "postacross")
		key, _ := presignAndPut(t, c, pngBytes)
		r, release := s.faults.holdOnce("PutItem", "PostsTable", nil)
		defer release()
		res := make(chan raw, 1)
		go func() {
			res <- do(s.URL, "POST", "/api/board", c.Token, map[string]any{"title": "t", "content": "c", "category": "chat", "image_key": key})
		}()
		await(t, r, "the post's write")
		c.Do("DELETE", "/api/accounts/profile", map[string]string{"password": "abc12345"}).Want(t, 204)
		release()
		if got := <-res; got.Status != 401 || got.errorCode() != "unauthorized" {
			t.Errorf("create across the deletion: %d %s", got.Status, got.Body)
		}
		posts, err := s.Stack.Deps.DB.FindUserPosts(t.Context(), uid)
		if err != nil || len(posts) != 0 {
			t.Fatalf("posts of the deleted user: %v %v", posts, err)
		}
		if left := bucketKeys(t, s, "images/"); len(left) != 0 {
			t.Fatalf("images left: %v", left)
		}
	})

	t.Run("SendStoredAcrossRoomDeletion", func(t *testing.T) {
		c, _ := user(t, s, "sendacross")
		room := newRoom(t, c)
		r, release := s.faults.holdOnce("BatchWriteItem", "MessagesTable", isPut)
		defer release()
		res := make(chan raw, 1)
		go func() {
			res <- do(s.URL, "POST", "/api/chat/"+room, c.Token, map[string]string{"content": "사용자 목록"})
		}()
		await(t, r, "the exchange's write")
		c.Do("DELETE", "/api/chat/"+room, nil).Want(t, 204)
		release()
		if got := <-res; got.Status != 404 || got.errorCode() != "not_found" {
			t.Errorf("send across the room's deletion: %d %s", got.Status, got.Body)
		}
		if left := stored(t, s, tb.Messages, "chat_id", room); len(left) != 0 {
			t.Fatalf("the deleted room still stores %v", left)
		}
	})

	t.Run("SendStoredAcrossAccountDeletion", func(t *testing.T) {
		c, uid := user(t, s, "sendacrossacct")
		room := newRoom(t, c)
		r, release := s.faults.holdOnce("BatchWriteItem", "MessagesTable", isPut)
		defer release()
		res := make(chan raw, 1)
		go func() {
			res <- do(s.URL, "POST", "/api/chat/"+room, c.Token, map[string]string{"content": "사용자 목록"})
		}()
		await(t, r, "the exchange's write")
		c.Do("DELETE", "/api/accounts/profile", map[string]string{"password": "abc12345"}).Want(t, 204)
		release()
		if got := <-res; got.Status != 401 || got.errorCode() != "unauthorized" {
			t.Errorf("send across the account's deletion: %d %s", got.Status, got.Body)
		}
		left := append(stored(t, s, tb.Messages, "chat_id", room), stored(t, s, tb.Counters, "user_id", uid)...)
		if len(left) != 0 {
			t.Fatalf("stored for the deleted user: %v", left)
		}
	})

	t.Run("RoomDeletionRepeatedAfterFailingHalfway", func(t *testing.T) {
		c, _ := user(t, s, "roomhalf")
		room := newRoom(t, c)
		c.Do("POST", "/api/chat/"+room, map[string]string{"content": "사용자 목록"}).Want(t, 201)
		// The room is marked, then its messages' delete fails.
		rule := s.faults.failOnce("BatchWriteItem", "MessagesTable", nil)
		wantUnavailable(t, "room delete", do(s.URL, "DELETE", "/api/chat/"+room, c.Token, nil), 5*time.Second)
		s.faults.clear()
		if !rule.fired.Load() {
			t.Fatal("the fault was never triggered")
		}
		c.Do("GET", "/api/chat/"+room, nil).WantError(t, 404, "not_found")
		c.Do("POST", "/api/chat/"+room, map[string]string{"content": "변수명"}).WantError(t, 404, "not_found")
		// Someone else cannot finish it (nor sweep its messages).
		other, _ := user(t, s, "roomhalfother")
		other.Do("DELETE", "/api/chat/"+room, nil).WantError(t, 404, "not_found")
		if left := stored(t, s, tb.Messages, "chat_id", room); len(left) == 0 {
			t.Fatal("another user's delete swept the room's messages")
		}
		c.Do("DELETE", "/api/chat/"+room, nil).Want(t, 204)
		if left := stored(t, s, tb.Messages, "chat_id", room); len(left) != 0 {
			t.Fatalf("the deleted room still stores %v", left)
		}
		c.Do("DELETE", "/api/chat/"+room, nil).WantError(t, 404, "not_found")
	})

	t.Run("ImageReplacedAcrossPostDeletion", func(t *testing.T) {
		c, _ := user(t, s, "replaceacross")
		keyA, _ := presignAndPut(t, c, pngBytes)
		p := c.Do("POST", "/api/board", map[string]any{"title": "t", "content": "c", "category": "chat", "image_key": keyA}).Want(t, 201)
		id := p.Str("id")
		keyB, _ := presignAndPut(t, c, pngBytes)
		// The delete has read the post (image A) and deleted image A; its
		// delete of the post waits while the edit gives the post image B.
		r, release := s.faults.holdOnce("DeleteItem", "PostsTable", nil)
		defer release()
		res := make(chan raw, 1)
		go func() { res <- do(s.URL, "DELETE", "/api/board/"+id, c.Token, nil) }()
		await(t, r, "the post's delete")
		c.Do("PATCH", "/api/board/"+id, map[string]any{"image_key": keyB}).Want(t, 200)
		release()
		if got := <-res; got.Status != 204 {
			t.Errorf("delete: %d %s", got.Status, got.Body)
		}
		s.NewClient(t).Do("GET", "/api/board/"+id, nil).WantError(t, 404, "not_found")
		if left := bucketKeys(t, s, "images/"+id+"/"); len(left) != 0 {
			t.Fatalf("images of the deleted post: %v", left)
		}
	})
}
