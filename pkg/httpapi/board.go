package httpapi

import (
	"context"
	"crypto/sha256"
	"encoding/base64"
	"net/http"

	"namebot/pkg/board"
	"namebot/pkg/namebot"
)

// Board returns the routes of the board function. edgeSecret is
// CloudFront's X-Namebot-Edge value (ClientAddress), for telling visitors
// apart when their views are counted.
func Board(svc *board.Service, edgeSecret string) []Route {
	h := boardHandler{svc: svc, edgeSecret: edgeSecret}
	return []Route{
		{Key: "GET /api/board", Fn: h.list},
		{Key: "POST /api/board", Access: SignedIn, Fn: h.create},
		// Optional: the reader's token, when sent, keeps the author's own
		// reads and a reader's reloads out of the view count.
		{Key: "GET /api/board/{postId}", Access: Optional, Fn: h.view},
		{Key: "PATCH /api/board/{postId}", Access: SignedIn, Fn: h.update},
		{Key: "DELETE /api/board/{postId}", Access: SignedIn, Fn: h.delete},
		{Key: "POST /api/board/images", Access: SignedIn, Fn: h.presign},
	}
}

type boardHandler struct {
	svc        *board.Service
	edgeSecret string
}

type authorJSON struct {
	ID       string `json:"id"`
	Nickname string `json:"nickname"`
}

type postJSON struct {
	ID        string     `json:"id"`
	Title     string     `json:"title"`
	Content   string     `json:"content"`
	Category  string     `json:"category"`
	Author    authorJSON `json:"author"`
	ImageURL  *string    `json:"image_url"`
	ViewCount int64      `json:"view_count"`
	CreatedAt string     `json:"created_at"`
	UpdatedAt string     `json:"updated_at"`
}

// ImageURL is where the browser loads an image key from: the same origin,
// /images/..., served by the local stack or by CloudFront from the bucket.
func ImageURL(key string) *string {
	if key == "" {
		return nil
	}
	u := "/" + key
	return &u
}

func postView(p *namebot.Post, excerpt bool) postJSON {
	content := p.Content
	if excerpt {
		if cut, ok := namebot.Truncate(content, namebot.ExcerptLen); ok {
			content = cut + "…"
		}
	}
	return postJSON{
		ID: p.ID, Title: p.Title, Content: content, Category: p.Category,
		Author: authorJSON{ID: p.AuthorID, Nickname: p.AuthorNickname}, ImageURL: ImageURL(p.ImageKey),
		ViewCount: p.ViewCount, CreatedAt: Time(p.CreatedAt), UpdatedAt: Time(p.UpdatedAt),
	}
}

func (h boardHandler) list(ctx context.Context, r *Request) (Response, error) {
	limit, err := r.Limit(namebot.DefaultPage, namebot.MaxPage)
	if err != nil {
		return Response{}, err
	}
	page, err := h.svc.List(ctx, r.Query("category"), r.Query("cursor"), limit)
	if err != nil {
		return Response{}, err
	}
	out := listJSON[postJSON]{Items: make([]postJSON, 0, len(page.Items)), NextCursor: cursorPtr(page.NextCursor)}
	for _, p := range page.Items {
		out.Items = append(out.Items, postView(p, true))
	}
	return JSON(http.StatusOK, out), nil
}

func (h boardHandler) view(ctx context.Context, r *Request) (Response, error) {
	p, err := h.svc.View(ctx, r.PathParam("postId"), h.viewer(r))
	if err != nil {
		return Response{}, err
	}
	return JSON(http.StatusOK, postView(p, false)), nil
}

// viewer names the reader for view counting without storing who it is: a
// hash of the user id, or of a visitor's address and user agent (two
// visitors behind one address with the same browser count as one within
// the window; that undercounts a little, it never inflates).
func (h boardHandler) viewer(r *Request) namebot.Viewer {
	who := "user:" + r.UserID
	if r.UserID == "" {
		who = "visitor:" + ClientAddress(r.Event, h.edgeSecret) + "\x00" + header(r.Event, "user-agent")
	}
	sum := sha256.Sum256([]byte("namebot-viewer:" + who))
	return namebot.Viewer{UserID: r.UserID, Key: base64.RawURLEncoding.EncodeToString(sum[:12])}
}

func (h boardHandler) create(ctx context.Context, r *Request) (Response, error) {
	var in board.PostInput
	if err := r.Decode(&in, false); err != nil {
		return Response{}, err
	}
	p, err := h.svc.Create(ctx, r.UserID, in)
	if err != nil {
		return Response{}, err
	}
	return JSON(http.StatusCreated, postView(p, false)), nil
}

func (h boardHandler) update(ctx context.Context, r *Request) (Response, error) {
	var in board.PostInput
	if err := r.Decode(&in, false); err != nil {
		return Response{}, err
	}
	p, err := h.svc.Update(ctx, r.UserID, r.PathParam("postId"), in)
	if err != nil {
		return Response{}, err
	}
	return JSON(http.StatusOK, postView(p, false)), nil
}

func (h boardHandler) delete(ctx context.Context, r *Request) (Response, error) {
	if err := h.svc.Delete(ctx, r.UserID, r.PathParam("postId")); err != nil {
		return Response{}, err
	}
	return NoContent(), nil
}

func (h boardHandler) presign(ctx context.Context, r *Request) (Response, error) {
	var in board.UploadInput
	if err := r.Decode(&in, false); err != nil {
		return Response{}, err
	}
	up, err := h.svc.PresignUpload(ctx, r.UserID, in)
	if err != nil {
		return Response{}, err
	}
	return JSON(http.StatusOK, up), nil
}
