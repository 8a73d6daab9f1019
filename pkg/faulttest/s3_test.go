package faulttest

import (
	"bytes"
	"context"
	"io"
	"log"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"sync/atomic"
	"testing"
	"time"

	"namebot/pkg/apitest"
	"namebot/pkg/local"
)

// S3 modes of the proxy in front of the fake S3.
const (
	s3Up       = iota
	s3Down     // every connection is closed at once, as a dead endpoint
	s3FailCopy // copies answer 503 (S3 throttling or failing the copy)
)

// flakyS3 is the fake S3 behind a proxy that can play dead.
type flakyS3 struct {
	mode atomic.Int32
	srv  *httptest.Server
}

func newFlakyS3(t *testing.T) *flakyS3 {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	fake, err := local.StartFakeS3(ctx, "", "namebot-images")
	if err != nil {
		t.Fatal(err)
	}
	target, _ := url.Parse(fake.Endpoint)
	proxy := httputil.NewSingleHostReverseProxy(target)
	proxy.ErrorLog = log.New(io.Discard, "", 0)
	f := &flakyS3{}
	f.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch f.mode.Load() {
		case s3Down:
			if hj, ok := w.(http.Hijacker); ok {
				if conn, _, err := hj.Hijack(); err == nil {
					conn.Close()
					return
				}
			}
			panic(http.ErrAbortHandler)
		case s3FailCopy:
			if r.Header.Get("X-Amz-Copy-Source") != "" {
				w.WriteHeader(http.StatusServiceUnavailable)
				io.WriteString(w, "<Error><Code>SlowDown</Code></Error>")
				return
			}
		}
		proxy.ServeHTTP(w, r)
	}))
	f.srv.Config.ErrorLog = log.New(io.Discard, "", 0)
	t.Cleanup(func() { f.srv.Close(); fake.Close() })
	return f
}

// presignAndPut asks for an upload and PUTs body; it returns the key and
// whether the PUT reached S3.
func presignAndPut(t *testing.T, c *apitest.Client, body []byte) (string, bool) {
	t.Helper()
	r := c.Do("POST", "/api/board/images", map[string]any{"content_type": "image/png", "size": len(body)}).Want(t, 200)
	req, _ := http.NewRequest(r.Str("method"), r.Str("url"), bytes.NewReader(body))
	for k, v := range r.JSON["headers"].(map[string]any) {
		req.Header.Set(k, v.(string))
	}
	resp, err := rawClient.Do(req)
	if err != nil {
		return r.Str("key"), false
	}
	resp.Body.Close()
	return r.Str("key"), resp.StatusCode == 200
}

// postsBy lists the ids of the posts of author on the first page of the board.
func postsBy(t *testing.T, s *stack, author string) []string {
	t.Helper()
	r := s.NewClient(t).Do("GET", "/api/board?limit=50", nil).Want(t, 200)
	var ids []string
	for _, it := range r.JSON["items"].([]any) {
		p := it.(map[string]any)
		if p["author"].(map[string]any)["id"] == author {
			ids = append(ids, p["id"].(string))
		}
	}
	return ids
}

func imageStatus(t *testing.T, s *stack, path string) int {
	t.Helper()
	resp, err := rawClient.Get(s.URL + path)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	return resp.StatusCode
}

// TestS3Unavailable: S3 dead or failing around uploads and attachments.
// Presigning is a local signature (no S3 call), so it still answers; the
// upload then fails at S3 itself; attaching answers 503 and creates
// nothing; the upload is not consumed, so the same key attaches once S3
// is back; an image replacement that fails leaves the post as it was.
func TestS3Unavailable(t *testing.T) {
	f := newFlakyS3(t)
	s := start(t, options{env: map[string]string{"S3_ENDPOINT": f.srv.URL, "S3_PUBLIC_ENDPOINT": f.srv.URL}})
	c, uid := user(t, s, "s3")
	post := func(title, key string) raw {
		body := map[string]any{"title": title, "content": "c", "category": "chat"}
		if key != "" {
			body["image_key"] = key
		}
		return do(s.URL, "POST", "/api/board", c.Token, body)
	}

	t.Run("UploadWhileDown", func(t *testing.T) {
		f.mode.Store(s3Down)
		key, uploaded := presignAndPut(t, c, apitest.PNG) // the presign answers: it is a signature
		if uploaded {
			t.Fatal("an upload reached a dead S3")
		}
		wantUnavailable(t, "attach while down", post("upload while down", key), 6*time.Second)
		f.mode.Store(s3Up)
		r := post("upload while down", key)
		if r.Status != 400 || r.errorCode() != "invalid" {
			t.Fatalf("attach of a key never uploaded: %d %s", r.Status, r.Body)
		}
		if ids := postsBy(t, s, uid); len(ids) != 0 {
			t.Fatalf("posts created: %v", ids)
		}
	})

	t.Run("AttachWhileDown", func(t *testing.T) {
		key, uploaded := presignAndPut(t, c, apitest.PNG)
		if !uploaded {
			t.Fatal("upload failed with S3 up")
		}
		f.mode.Store(s3Down)
		wantUnavailable(t, "attach while down", post("attach while down", key), 6*time.Second)
		f.mode.Store(s3Up)
		if ids := postsBy(t, s, uid); len(ids) != 0 {
			t.Fatalf("a refused attach created posts: %v", ids)
		}
		// The upload was not consumed: the same key attaches now.
		r := post("attach when back", key)
		if r.Status != 201 {
			t.Fatalf("attach after recovery: %d %s", r.Status, r.Body)
		}
		img, _ := r.JSON["image_url"].(string)
		if img == "" || imageStatus(t, s, img) != 200 {
			t.Fatalf("image not served: %q", img)
		}
		c.Do("DELETE", "/api/board/"+r.JSON["id"].(string), nil).Want(t, 204)
	})

	t.Run("CopyFails", func(t *testing.T) {
		key, _ := presignAndPut(t, c, apitest.PNG)
		f.mode.Store(s3FailCopy)
		wantUnavailable(t, "attach when the copy fails", post("copy fails", key), 6*time.Second)
		f.mode.Store(s3Up)
		if ids := postsBy(t, s, uid); len(ids) != 0 {
			t.Fatalf("a refused attach created posts: %v", ids)
		}
		r := post("copy works again", key)
		if r.Status != 201 {
			t.Fatalf("attach after recovery: %d %s", r.Status, r.Body)
		}
		c.Do("DELETE", "/api/board/"+r.JSON["id"].(string), nil).Want(t, 204)
	})

	t.Run("ReplaceWhileDown", func(t *testing.T) {
		keyA, _ := presignAndPut(t, c, apitest.PNG)
		p := post("replace", keyA)
		if p.Status != 201 {
			t.Fatalf("post: %d %s", p.Status, p.Body)
		}
		id, imgA := p.JSON["id"].(string), p.JSON["image_url"].(string)
		keyB, _ := presignAndPut(t, c, apitest.PNG)
		f.mode.Store(s3Down)
		wantUnavailable(t, "replace while down", do(s.URL, "PATCH", "/api/board/"+id, c.Token, map[string]any{"title": "changed", "image_key": keyB}), 6*time.Second)
		f.mode.Store(s3Up)
		got := s.NewClient(t).Do("GET", "/api/board/"+id, nil).Want(t, 200)
		if got.Str("title") != "replace" || got.Str("image_url") != imgA {
			t.Fatalf("a refused edit changed the post: %s", got.Raw)
		}
		if imageStatus(t, s, imgA) != 200 {
			t.Fatal("the kept image is gone")
		}
		c.Do("PATCH", "/api/board/"+id, map[string]any{"image_key": keyB}).Want(t, 200)
		if imageStatus(t, s, imgA) != 404 {
			t.Fatal("the replaced image is still served")
		}
		c.Do("DELETE", "/api/board/"+id, nil).Want(t, 204)
	})

	t.Run("DeleteWhileDown", func(t *testing.T) {
		key, _ := presignAndPut(t, c, apitest.PNG)
		p := post("delete while down", key)
		if p.Status != 201 {
			t.Fatalf("post: %d %s", p.Status, p.Body)
		}
		id, img := p.JSON["id"].(string), p.JSON["image_url"].(string)
		f.mode.Store(s3Down)
		r := do(s.URL, "DELETE", "/api/board/"+id, c.Token, nil)
		f.mode.Store(s3Up)
		// Nothing goes while S3 is down: the image would otherwise stay
		// public with no post left to delete it through.
		wantUnavailable(t, "delete", r, 5*time.Second)
		s.NewClient(t).Do("GET", "/api/board/"+id, nil).Want(t, 200)
		if st := imageStatus(t, s, img); st != 200 {
			t.Fatalf("image gone although the delete failed: %d", st)
		}
		// Once S3 is back the delete goes through, image and all.
		if r := do(s.URL, "DELETE", "/api/board/"+id, c.Token, nil); r.Status != 204 {
			t.Fatalf("delete: %d %s", r.Status, r.Body)
		}
		s.NewClient(t).Do("GET", "/api/board/"+id, nil).WantError(t, 404, "not_found")
		if st := imageStatus(t, s, img); st != 404 {
			t.Fatalf("image still served after the delete: %d", st)
		}
	})
}

// TestS3UnavailableHealth: /api/health says 503 when S3 is unreachable.
func TestS3UnavailableHealth(t *testing.T) {
	s := start(t, options{env: map[string]string{"S3_ENDPOINT": "http://127.0.0.1:1"}})
	wantUnavailable(t, "health", do(s.URL, "GET", "/api/health", "", nil), 6*time.Second)
}
