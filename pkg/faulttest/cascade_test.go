package faulttest

import (
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/service/dynamodb"

	"namebot/pkg/apitest"
)

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
		if left := s.Partition(t, tb.Chats, "user_id", uid); len(left) != 0 {
			t.Fatalf("rooms of the deleted user: %v", left)
		}
	})

	t.Run("PostCreatedAcrossAccountDeletion", func(t *testing.T) {
		c, uid := user(t, s, "postacross")
		key, _ := presignAndPut(t, c, apitest.PNG)
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
		if left := s.Objects(t, "images/"); len(left) != 0 {
			t.Fatalf("images left: %v", left)
		}
	})

	t.Run("SendStoredAcrossRoomDeletion", func(t *testing.T) {
		c, _ := user(t, s, "sendacross")
		room := apitest.NewRoom(t, c, "Python", "PEP 8")
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
		if left := s.Partition(t, tb.Messages, "chat_id", room); len(left) != 0 {
			t.Fatalf("the deleted room still stores %v", left)
		}
	})

	t.Run("SendStoredAcrossAccountDeletion", func(t *testing.T) {
		c, uid := user(t, s, "sendacrossacct")
		room := apitest.NewRoom(t, c, "Python", "PEP 8")
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
		left := append(s.Partition(t, tb.Messages, "chat_id", room), s.Partition(t, tb.Counters, "user_id", uid)...)
		if len(left) != 0 {
			t.Fatalf("stored for the deleted user: %v", left)
		}
	})

	t.Run("RoomDeletionRepeatedAfterFailingHalfway", func(t *testing.T) {
		c, _ := user(t, s, "roomhalf")
		room := apitest.NewRoom(t, c, "Python", "PEP 8")
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
		if left := s.Partition(t, tb.Messages, "chat_id", room); len(left) == 0 {
			t.Fatal("another user's delete swept the room's messages")
		}
		c.Do("DELETE", "/api/chat/"+room, nil).Want(t, 204)
		if left := s.Partition(t, tb.Messages, "chat_id", room); len(left) != 0 {
			t.Fatalf("the deleted room still stores %v", left)
		}
		c.Do("DELETE", "/api/chat/"+room, nil).WantError(t, 404, "not_found")
	})

	t.Run("ImageReplacedAcrossPostDeletion", func(t *testing.T) {
		c, _ := user(t, s, "replaceacross")
		keyA, _ := presignAndPut(t, c, apitest.PNG)
		p := c.Do("POST", "/api/board", map[string]any{"title": "t", "content": "c", "category": "chat", "image_key": keyA}).Want(t, 201)
		id := p.Str("id")
		keyB, _ := presignAndPut(t, c, apitest.PNG)
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
		if left := s.Objects(t, "images/"+id+"/"); len(left) != 0 {
			t.Fatalf("images of the deleted post: %v", left)
		}
	})
}
