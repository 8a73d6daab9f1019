package httpapi

import (
	"context"
	"net/http"

	"namebot/pkg/board"
	"namebot/pkg/namebot"
)

// Board returns the routes of the board function.
func Board(svc *board.Service) []Route {
	h := boardHandler{svc: svc}
	return []Route{
		{Key: "GET /api/board", Fn: h.list},
		{Key: "POST /api/board", Access: SignedIn, Fn: h.create},
		{Key: "GET /api/board/{postId}", Fn: h.view},
		{Key: "PATCH /api/board/{postId}", Access: SignedIn, Fn: h.update},
		{Key: "DELETE /api/board/{postId}", Access: SignedIn, Fn: h.delete},
		{Key: "POST /api/board/images", Access: SignedIn, Fn: h.presign},
	}
}

type boardHandler struct{ svc *board.Service }

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
	p, err := h.svc.View(ctx, r.PathParam("postId"))
	if err != nil {
		return Response{}, err
	}
	return JSON(http.StatusOK, postView(p, false)), nil
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
