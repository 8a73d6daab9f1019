package namebot

import (
	"bytes"
	"context"
	"time"
)

// Board categories (shown as 공지, 질문, 잡담).
const (
	CategoryNotice   = "notice"
	CategoryQuestion = "question"
	CategoryChat     = "chat"
)

// Categories lists the board categories in display order.
var Categories = []string{CategoryNotice, CategoryQuestion, CategoryChat}

// ValidCategory reports whether c is a board category.
func ValidCategory(c string) bool {
	return c == CategoryNotice || c == CategoryQuestion || c == CategoryChat
}

// Limits on posts and images (the app's copy: frontend/src/limits.ts, see limits_test.go).
const (
	MaxPostTitleLen   = 100
	MaxPostContentLen = 5000
	ExcerptLen        = 300
	MaxImageSize      = 5 << 20
)

// Post is a board post. AuthorNickname is the nickname when the post was
// written (lists show it without a second read).
type Post struct {
	ID             string
	Category       string
	Title          string
	Content        string
	AuthorID       string
	AuthorNickname string
	ImageKey       string
	ViewCount      int64
	CreatedAt      time.Time
	UpdatedAt      time.Time
}

// ViewWindow is how long a reader's repeated views of a post count once.
const ViewWindow = time.Minute

// Viewer is who reads a post, as far as view counting needs to know.
type Viewer struct {
	// UserID is the signed-in reader ("" for a visitor).
	UserID string
	// Key names the reader without saying who it is: a hash of the user
	// id, or of a visitor's address and user agent.
	Key string
}

// The view rule, kept by the counter's conditional update in the store
// (dynamo's countView): a view counts unless it is the author's own read,
// or the same reader again within ViewWindow of their previous counted
// view. Only the latest reader is remembered, so a reader whose views
// alternate with someone else's counts each time.

// ReadByAuthor reports whether v is p's author reading their own post: a
// read that never counts as a view.
func (p *Post) ReadByAuthor(v Viewer) bool {
	return v.UserID != "" && v.UserID == p.AuthorID
}

// CanPostIn says whether u may write (or move a post) into category: only
// managers write notices.
func CanPostIn(u *User, category string) bool {
	return category != CategoryNotice || u.IsManager
}

// CanEditPost says whether u may edit p: only its author.
func CanEditPost(u *User, p *Post) bool { return u.ID == p.AuthorID }

// CanDeletePost says whether u may delete p: its author or a manager.
func CanDeletePost(u *User, p *Post) bool { return u.ID == p.AuthorID || u.IsManager }

// PostStore keeps posts.
type PostStore interface {
	CreatePost(ctx context.Context, p *Post) error
	FindPost(ctx context.Context, id string) (*Post, error)
	// ViewPost returns the post with its view count, counting this view
	// when the view rule allows it, with one single-item write.
	ViewPost(ctx context.Context, id string, v Viewer, now time.Time) (*Post, error)
	// FindPosts lists posts newest first, in one category or all (""),
	// with their view counts.
	FindPosts(ctx context.Context, category, cursor string, limit int) (Page[*Post], error)
	// DeletePostViews deletes a post's view counter (after the post).
	DeletePostViews(ctx context.Context, id string) error
	// UpdatePost stores p if the stored post still has prevUpdatedAt
	// (ECONFLICT otherwise: someone else edited it meanwhile).
	UpdatePost(ctx context.Context, p *Post, prevUpdatedAt time.Time) error
	// DeletePost deletes the post if it still has updatedAt (ECONFLICT
	// otherwise: it was edited meanwhile, perhaps given another image);
	// a post already gone is not an error.
	DeletePost(ctx context.Context, id string, updatedAt time.Time) error
	// FindUserPosts lists every post of a user (account deletion).
	FindUserPosts(ctx context.Context, userID string) ([]*Post, error)
}

// Upload is a presigned request the browser sends the image with.
type Upload struct {
	URL     string            `json:"url"`
	Method  string            `json:"method"`
	Headers map[string]string `json:"headers"`
	Key     string            `json:"key"`
}

// ImageInfo is what the server learns of an uploaded object.
type ImageInfo struct {
	Size        int64
	ContentType string
	Head        []byte // the first bytes
}

// ImageStore keeps head images (S3).
type ImageStore interface {
	PresignUpload(ctx context.Context, key, contentType string, size int64) (Upload, error)
	// Inspect returns ENOTFOUND when there is no object at key.
	Inspect(ctx context.Context, key string) (ImageInfo, error)
	Copy(ctx context.Context, src, dst string) error
	Delete(ctx context.Context, key string) error
}

// ImageTypes maps the accepted content types to file extensions.
var ImageTypes = map[string]string{
	"image/png":  "png",
	"image/jpeg": "jpg",
	"image/webp": "webp",
	"image/gif":  "gif",
}

// SniffImage returns the content type the first bytes of a file show, or
// "" when they are not one of the accepted image formats.
func SniffImage(head []byte) string {
	switch {
	case bytes.HasPrefix(head, []byte("\x89PNG\r\n\x1a\n")):
		return "image/png"
	case bytes.HasPrefix(head, []byte{0xFF, 0xD8, 0xFF}):
		return "image/jpeg"
	case len(head) >= 12 && bytes.Equal(head[:4], []byte("RIFF")) && bytes.Equal(head[8:12], []byte("WEBP")):
		return "image/webp"
	case bytes.HasPrefix(head, []byte("GIF87a")), bytes.HasPrefix(head, []byte("GIF89a")):
		return "image/gif"
	}
	return ""
}
