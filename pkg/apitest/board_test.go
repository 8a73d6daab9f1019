package apitest

import (
	"bytes"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"namebot/pkg/app"
)

func makeManager(t *testing.T, c *Client, addr string) {
	t.Helper()
	if _, err := env.Stack.Deps.DB.SetManager(t.Context(), addr, true); err != nil {
		t.Fatal(err)
	}
}

// upload presigns and PUTs body as contentType, declaring size.
func upload(t *testing.T, c *Client, contentType string, size int, body []byte) string {
	t.Helper()
	r := c.Do("POST", "/api/board/images", map[string]any{"content_type": contentType, "size": size}).Want(t, 200)
	u, key := r.Str("url"), r.Str("key")
	if r.Str("method") != "PUT" || key == "" || !strings.HasPrefix(u, env.URL+"/s3/") {
		t.Fatalf("presign: %s", r.Raw)
	}
	req, _ := http.NewRequest("PUT", u, bytes.NewReader(body))
	for k, v := range r.JSON["headers"].(map[string]any) {
		req.Header.Set(k, v.(string))
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Fatalf("upload: %d", resp.StatusCode)
	}
	return key
}

func get(t *testing.T, path string) (int, string, []byte) {
	t.Helper()
	resp, err := http.Get(env.URL + path)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, resp.Header.Get("Content-Type"), b
}

func post(t *testing.T, c *Client, title, category string, extra map[string]any) *Result {
	t.Helper()
	body := map[string]any{"title": title, "content": "본문 " + title, "category": category}
	for k, v := range extra {
		body[k] = v
	}
	return c.Do("POST", "/api/board", body)
}

func TestBoard_Posts(t *testing.T) {
	author := env.NewClient(t)
	author.SignUp(Email("author"), "abc12345", "작성자")
	other := env.NewClient(t)
	other.SignUp(Email("other"), "abc12345", "다른사람")
	mgrEmail := Email("manager")
	mgr := env.NewClient(t)
	mgr.SignUp(mgrEmail, "abc12345", "관리자")
	makeManager(t, mgr, mgrEmail)

	t.Run("CreateAndRead", func(t *testing.T) {
		r := post(t, author, "<script>alert(1)</script>", "question", nil).Want(t, 201)
		if r.JSON["author"].(map[string]any)["nickname"] != "작성자" || r.JSON["image_url"] != nil || r.JSON["view_count"] != float64(0) {
			t.Fatalf("post: %s", r.Raw)
		}
		id := r.Str("id")
		anon := env.NewClient(t)
		v1 := anon.Do("GET", "/api/board/"+id, nil).Want(t, 200)
		// Another reader counts; the same reader's reload within a minute
		// does not (TestPostViews has the rules).
		v2 := other.Do("GET", "/api/board/"+id, nil).Want(t, 200)
		if v1.JSON["view_count"] != float64(1) || v2.JSON["view_count"] != float64(2) || v1.Str("title") != "<script>alert(1)</script>" {
			t.Fatalf("views: %s %s", v1.Raw, v2.Raw)
		}
		anon.Do("GET", "/api/board/not-an-id", nil).WantError(t, 404, "not_found")
		anon.Do("GET", "/api/board/01a2185f-cccf-780b-b414-85713d7810ec", nil).WantError(t, 404, "not_found")
		anon.Do("POST", "/api/board", map[string]any{"title": "t", "content": "c", "category": "chat"}).WantError(t, 401, "unauthorized")
	})
	t.Run("Validation", func(t *testing.T) {
		r := author.Do("POST", "/api/board", map[string]any{"title": "", "content": "", "category": "news"}).WantError(t, 400, "invalid")
		for _, f := range []string{"title", "content", "category"} {
			if r.Field(f) == "" {
				t.Errorf("no field error for %s", f)
			}
		}
		for _, f := range []string{"author", "view_count", "created_at", "id"} {
			post(t, author, "mass", "chat", map[string]any{f: 7}).WantError(t, 400, "invalid")
		}
		post(t, author, strings.Repeat("가", 101), "chat", nil).WantError(t, 400, "invalid")
	})
	t.Run("NoticeRule", func(t *testing.T) {
		if r := post(t, author, "공지 시도", "notice", nil).WantError(t, 403, "forbidden"); r.Field("category") == "" {
			t.Fatalf("notice refusal does not point at category: %s", r.Raw)
		}
		n := post(t, mgr, "공지", "notice", nil).Want(t, 201)
		q := post(t, author, "질문", "question", nil).Want(t, 201)
		author.Do("PATCH", "/api/board/"+q.Str("id"), map[string]any{"category": "notice"}).WantError(t, 403, "forbidden")
		if got := author.Do("GET", "/api/board/"+q.Str("id"), nil); got.Str("category") != "question" {
			t.Fatalf("category changed by a refused edit: %s", got.Raw)
		}
		mgr.Do("PATCH", "/api/board/"+n.Str("id"), map[string]any{"title": "공지 (수정)"}).Want(t, 200)
	})
	t.Run("Ownership", func(t *testing.T) {
		p := post(t, author, "내 글", "chat", nil).Want(t, 201)
		id := p.Str("id")
		other.Do("PATCH", "/api/board/"+id, map[string]any{"title": "탈취"}).WantError(t, 403, "forbidden")
		mgr.Do("PATCH", "/api/board/"+id, map[string]any{"title": "관리자라도 수정은 불가"}).WantError(t, 403, "forbidden")
		other.Do("DELETE", "/api/board/"+id, nil).WantError(t, 403, "forbidden")
		r := author.Do("PATCH", "/api/board/"+id, map[string]any{"title": "고친 글"}).Want(t, 200)
		if r.Str("title") != "고친 글" || r.Str("content") != "본문 내 글" {
			t.Fatalf("patch: %s", r.Raw)
		}
		author.Do("PATCH", "/api/board/"+id, map[string]any{}).WantError(t, 400, "invalid")
		mgr.Do("DELETE", "/api/board/"+id, nil).Want(t, 204)
		author.Do("GET", "/api/board/"+id, nil).WantError(t, 404, "not_found")
	})
}

func TestBoard_Pagination(t *testing.T) {
	// A stack of its own, so the counts are exact.
	e, _ := Start(t, map[string]string{}, app.Options{})
	c := e.NewClient(t)
	c.SignUp(Email("pager"), "abc12345", "pager")
	var want []string
	for i := 0; i < 25; i++ {
		cat := "question"
		if i%3 == 0 {
			cat = "chat"
		}
		r := c.Do("POST", "/api/board", map[string]any{"title": fmt.Sprintf("글 %d", i), "content": strings.Repeat("긴 본문 ", 100), "category": cat}).Want(t, 201)
		want = append([]string{r.Str("id")}, want...)
		if len([]rune(r.Str("content"))) != len([]rune(strings.TrimSpace(strings.Repeat("긴 본문 ", 100)))) {
			t.Fatalf("detail content truncated")
		}
	}
	collect := func(q string) []string {
		var ids []string
		cursor := ""
		for pages := 0; pages < 20; pages++ {
			r := c.Do("GET", "/api/board?limit=10"+q+"&cursor="+url.QueryEscape(cursor), nil).Want(t, 200)
			for _, it := range r.JSON["items"].([]any) {
				m := it.(map[string]any)
				ids = append(ids, m["id"].(string))
				if n := len([]rune(m["content"].(string))); n > 301 {
					t.Fatalf("list content not an excerpt: %d", n)
				}
			}
			next, _ := r.JSON["next_cursor"].(string)
			if next == "" {
				return ids
			}
			cursor = next
		}
		t.Fatal("too many pages")
		return nil
	}
	if got := collect(""); strings.Join(got, ",") != strings.Join(want, ",") {
		t.Fatalf("all posts: got %d, want %d, or out of order", len(got), len(want))
	}
	if got := collect("&category=chat"); len(got) != 9 {
		t.Fatalf("chat posts: %d, want 9", len(got))
	}
	// An exactly full last page has no cursor to an empty page.
	if r := c.Do("GET", "/api/board?limit=25", nil).Want(t, 200); r.JSON["next_cursor"] != nil || len(r.JSON["items"].([]any)) != 25 {
		t.Fatalf("full page: next_cursor %v, %d items", r.JSON["next_cursor"], len(r.JSON["items"].([]any)))
	}
	if r := c.Do("GET", "/api/board?limit=24", nil).Want(t, 200); r.JSON["next_cursor"] == nil {
		t.Fatal("no cursor with one post left")
	}
	c.Do("GET", "/api/board?category=news", nil).WantError(t, 400, "invalid")
	for _, bad := range []string{"garbage", "eyJpZCI6Im5vIn0", "e30"} {
		c.Do("GET", "/api/board?cursor="+bad, nil).WantError(t, 400, "invalid")
	}
}

func TestBoard_Images(t *testing.T) {
	c := env.NewClient(t)
	addr := Email("img")
	c.SignUp(addr, "abc12345", "img")
	other := env.NewClient(t)
	other.SignUp(Email("img2"), "abc12345", "img2")

	t.Run("Presign", func(t *testing.T) {
		c.Do("POST", "/api/board/images", map[string]any{"content_type": "image/svg+xml", "size": 10}).WantError(t, 400, "invalid")
		c.Do("POST", "/api/board/images", map[string]any{"content_type": "text/html", "size": 10}).WantError(t, 400, "invalid")
		c.Do("POST", "/api/board/images", map[string]any{"content_type": "image/png", "size": 5<<20 + 1}).WantError(t, 400, "invalid")
		c.Do("POST", "/api/board/images", map[string]any{"content_type": "image/png", "size": 0}).WantError(t, 400, "invalid")
		env.NewClient(t).Do("POST", "/api/board/images", map[string]any{"content_type": "image/png", "size": 10}).WantError(t, 401, "unauthorized")
	})
	t.Run("AttachServeReplaceDelete", func(t *testing.T) {
		key := upload(t, c, "image/png", len(PNG), PNG)
		r := post(t, c, "그림 있는 글", "chat", map[string]any{"image_key": key}).Want(t, 201)
		img := r.Str("image_url")
		if !strings.HasPrefix(img, "/images/"+r.Str("id")+"/") {
			t.Fatalf("image_url %q", img)
		}
		status, ct, body := get(t, img)
		if status != 200 || ct != "image/png" || !bytes.Equal(body, PNG) {
			t.Fatalf("serve: %d %s %d bytes", status, ct, len(body))
		}
		// The upload itself is gone once attached, and uploads are never served.
		if s, _, _ := get(t, "/"+key); s != 404 {
			t.Fatalf("upload served: %d", s)
		}
		// Replace: the old image is deleted.
		key2 := upload(t, c, "image/png", len(PNG), PNG)
		r2 := c.Do("PATCH", "/api/board/"+r.Str("id"), map[string]any{"image_key": key2}).Want(t, 200)
		if s, _, _ := get(t, img); s != 404 {
			t.Fatalf("replaced image still served: %d", s)
		}
		img2 := r2.Str("image_url")
		// Keeping the same key keeps the image.
		c.Do("PATCH", "/api/board/"+r.Str("id"), map[string]any{"title": "제목만", "image_key": strings.TrimPrefix(img2, "/")}).Want(t, 200)
		if s, _, _ := get(t, img2); s != 200 {
			t.Fatalf("kept image gone: %d", s)
		}
		// Remove with null.
		r3 := c.Do("PATCH", "/api/board/"+r.Str("id"), `{"image_key": null}`).Want(t, 200)
		if r3.JSON["image_url"] != nil {
			t.Fatalf("image not removed: %s", r3.Raw)
		}
		if s, _, _ := get(t, img2); s != 404 {
			t.Fatalf("removed image still served: %d", s)
		}
		// Deleting the post deletes its image.
		key3 := upload(t, c, "image/png", len(PNG), PNG)
		r4 := c.Do("PATCH", "/api/board/"+r.Str("id"), map[string]any{"image_key": key3}).Want(t, 200)
		c.Do("DELETE", "/api/board/"+r.Str("id"), nil).Want(t, 204)
		if s, _, _ := get(t, r4.Str("image_url")); s != 404 {
			t.Fatalf("deleted post's image still served: %d", s)
		}
	})
	t.Run("Refused", func(t *testing.T) {
		notPNG := upload(t, c, "image/png", 40, []byte("<html><script>alert(1)</script></html>..."))
		tooBig := upload(t, c, "image/png", 10, append(append([]byte{}, PNG...), make([]byte, 5<<20)...))
		jpegAsPNG := upload(t, c, "image/png", 10, []byte{0xFF, 0xD8, 0xFF, 0xE0, 0, 0, 0, 0, 0, 0})
		othersKey := upload(t, other, "image/png", len(PNG), PNG)
		uid := c.Do("GET", "/api/accounts/profile", nil).Str("id")
		cases := map[string]string{
			"not a png":      notPNG,
			"over 5 MiB":     tooBig,
			"jpeg as png":    jpegAsPNG,
			"another user's": othersKey,
			"never uploaded": "uploads/" + uid + "/01a2185f-cccf-780b-b414-85713d7810ec.png",
			"path trickery":  "uploads/" + uid + "/../" + othersKey,
			"not an upload":  "images/x/y.png",
		}
		for name, key := range cases {
			r := post(t, c, name, "chat", map[string]any{"image_key": key})
			r.WantError(t, 400, "invalid")
			if r.Field("image_key") == "" {
				t.Errorf("%s: no image_key field error: %s", name, r.Raw)
			}
		}
		// The other user's upload is untouched and still attachable by them.
		post(t, other, "내 그림", "chat", map[string]any{"image_key": othersKey}).Want(t, 201)
	})
	t.Run("AccountDeletionRemovesPostsAndImages", func(t *testing.T) {
		d := env.NewClient(t)
		addr := Email("leaver")
		d.SignUp(addr, "abc12345", "leaver")
		key := upload(t, d, "image/png", len(PNG), PNG)
		r := post(t, d, "떠나는 사람", "chat", map[string]any{"image_key": key}).Want(t, 201)
		d.Do("DELETE", "/api/accounts/profile", map[string]string{"password": "abc12345"}).Want(t, 204)
		env.NewClient(t).Do("GET", "/api/board/"+r.Str("id"), nil).WantError(t, 404, "not_found")
		if s, _, _ := get(t, r.Str("image_url")); s != 404 {
			t.Fatalf("image kept: %d", s)
		}
		env.NewClient(t).SignUp(addr, "abc12345", "again")
	})
}

// TestBoard_ImagesOnDisk attaches several images with the stack on disk,
// as `make run` runs it: gofakes3's bolt backend crashed the process here
// (SIGSEGV in CopyObject) while the in-memory backend did not.
func TestBoard_ImagesOnDisk(t *testing.T) {
	e, _ := Start(t, map[string]string{"DATA_DIR": t.TempDir()}, app.Options{})
	saved := env
	env = e
	defer func() { env = saved }()
	c := e.NewClient(t)
	c.SignUp(Email("disk"), "abc12345", "disk")
	big := append(append([]byte{}, PNG...), bytes.Repeat([]byte{7}, 300<<10)...)
	for i := 0; i < 6; i++ {
		key := upload(t, c, "image/png", len(big), big)
		r := post(t, c, fmt.Sprintf("disk %d", i), "chat", map[string]any{"image_key": key}).Want(t, 201)
		status, ct, body := get(t, r.Str("image_url"))
		if status != 200 || ct != "image/png" || !bytes.Equal(body, big) {
			t.Fatalf("image %d: %d %s %d bytes", i, status, ct, len(body))
		}
	}
}
