// Package board is the community board: posts in three categories, notices
// by managers only, head images uploaded straight to S3 and checked by the
// server before a post takes them.
package board

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"regexp"
	"strings"
	"time"

	"namebot/pkg/namebot"
)

// Service implements the board use cases.
type Service struct {
	Posts  namebot.PostStore
	Users  namebot.UserStore
	Images namebot.ImageStore
	Now    func() time.Time
	Log    *slog.Logger
	// IndexLag is how long an account's post sweep waits before it looks
	// again for posts the author index did not show yet (0: 500 ms).
	IndexLag time.Duration
}

// Optional is a JSON field that can be absent, null or a value.
type Optional[T any] struct {
	Set   bool // present in the body
	Valid bool // not null
	Value T
}

// UnmarshalJSON records presence and nullness.
func (o *Optional[T]) UnmarshalJSON(b []byte) error {
	o.Set = true
	if string(b) == "null" {
		o.Valid = false
		return nil
	}
	if err := json.Unmarshal(b, &o.Value); err != nil {
		return err
	}
	o.Valid = true
	return nil
}

// PostInput is the body of POST /api/board and PATCH /api/board/{postId}.
type PostInput struct {
	Title    *string          `json:"title"`
	Content  *string          `json:"content"`
	Category *string          `json:"category"`
	ImageKey Optional[string] `json:"image_key"`
}

// List returns a page of posts, newest first, of one category or all.
func (s *Service) List(ctx context.Context, category, cursor string, limit int) (namebot.Page[*namebot.Post], error) {
	if category != "" && !namebot.ValidCategory(category) {
		f := namebot.FieldErrors{}
		f.Add("category", "one_of", strings.Join(namebot.Categories, ", "))
		return namebot.Page[*namebot.Post]{}, f.Err()
	}
	return s.Posts.FindPosts(ctx, category, cursor, limit)
}

// View returns a post and counts the view by the view rule (namebot/post.go): not
// the author's own reads, and a reader's reloads within a minute once.
func (s *Service) View(ctx context.Context, id string, v namebot.Viewer) (*namebot.Post, error) {
	if !namebot.ValidID(id) {
		return nil, namebot.Errorf(namebot.ENOTFOUND, "post_not_found")
	}
	return s.Posts.ViewPost(ctx, id, v, s.Now())
}

// user reads the caller: 401 when the user is gone or being deleted.
func (s *Service) user(ctx context.Context, userID string) (*namebot.User, error) {
	return namebot.LiveUser(s.Users.FindUserByID(ctx, userID))
}

func clean(f namebot.FieldErrors, in PostInput, p *namebot.Post, create bool) {
	if in.Title != nil || create {
		p.Title = namebot.CleanText(f, "title", namebot.Deref(in.Title), true, namebot.MaxPostTitleLen, false)
	}
	if in.Content != nil || create {
		p.Content = namebot.CleanText(f, "content", namebot.Deref(in.Content), true, namebot.MaxPostContentLen, true)
	}
	if in.Category != nil || create {
		p.Category = strings.TrimSpace(namebot.Deref(in.Category))
		if !namebot.ValidCategory(p.Category) {
			f.Add("category", "one_of", strings.Join(namebot.Categories, ", "))
		}
	}
}

// Create writes a post as userID. The author comes from the token, never
// from the body; notices need a manager; an image is checked and moved
// from the uploader's prefix to the post's.
func (s *Service) Create(ctx context.Context, userID string, in PostInput) (*namebot.Post, error) {
	f := namebot.FieldErrors{}
	now := s.Now().UTC()
	p := &namebot.Post{ID: namebot.NewID(), AuthorID: userID, CreatedAt: now, UpdatedAt: now}
	clean(f, in, p, true)
	if err := f.Err(); err != nil {
		return nil, err
	}
	u, err := s.user(ctx, userID)
	if err != nil {
		return nil, err
	}
	if !namebot.CanPostIn(u, p.Category) {
		return nil, noticeRefused()
	}
	p.AuthorNickname = u.Nickname
	if in.ImageKey.Valid && in.ImageKey.Value != "" {
		if p.ImageKey, err = s.attach(ctx, userID, p.ID, in.ImageKey.Value); err != nil {
			return nil, err
		}
	}
	if err := s.Posts.CreatePost(ctx, p); err != nil {
		s.forget(ctx, p.ImageKey)
		return nil, err
	}
	// The author is read again after the post is written: alive now means
	// the account's deletion has not begun and its sweep will find this
	// post; gone or being deleted means the sweep may have run already,
	// so the post (and its image) is taken back here. The read before the
	// write alone would leave a public post of a deleted author.
	if _, err := s.user(ctx, userID); err != nil {
		ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), undoTime)
		defer cancel()
		if derr := s.remove(ctx, p); derr != nil {
			s.Log.ErrorContext(ctx, "take back a post of a deleted author", "post", p.ID, "err", derr)
			return nil, derr
		}
		return nil, err
	}
	return p, nil
}

// undoTime bounds a compensating write made after the request's own
// context may be done.
const undoTime = 5 * time.Second

// Update edits a post: only its author; the notice rule applies to the
// category it ends in. A replaced or removed image is deleted after the
// post no longer points at it.
func (s *Service) Update(ctx context.Context, userID, id string, in PostInput) (*namebot.Post, error) {
	if !namebot.ValidID(id) {
		return nil, namebot.Errorf(namebot.ENOTFOUND, "post_not_found")
	}
	if in.Title == nil && in.Content == nil && in.Category == nil && !in.ImageKey.Set {
		return nil, namebot.Errorf(namebot.EINVALID, "nothing_to_update")
	}
	u, p, err := s.userAndPost(ctx, userID, id)
	if err != nil {
		return nil, err
	}
	if !namebot.CanEditPost(u, p) {
		return nil, namebot.Errorf(namebot.EFORBIDDEN, "not_author")
	}
	prev, oldImage := p.UpdatedAt, p.ImageKey
	f := namebot.FieldErrors{}
	clean(f, in, p, false)
	if err := f.Err(); err != nil {
		return nil, err
	}
	if !namebot.CanPostIn(u, p.Category) {
		return nil, noticeRefused()
	}
	if in.ImageKey.Set {
		switch key := in.ImageKey.Value; {
		case !in.ImageKey.Valid || key == "":
			p.ImageKey = ""
		case key == oldImage:
		default:
			if p.ImageKey, err = s.attach(ctx, userID, p.ID, key); err != nil {
				return nil, err
			}
		}
	}
	p.UpdatedAt = s.Now().UTC()
	if !p.UpdatedAt.After(prev) {
		p.UpdatedAt = prev.Add(time.Microsecond)
	}
	if err := s.Posts.UpdatePost(ctx, p, prev); err != nil {
		if p.ImageKey != oldImage {
			s.forget(ctx, p.ImageKey)
		}
		return nil, err
	}
	if oldImage != "" && oldImage != p.ImageKey {
		s.forget(ctx, oldImage)
	}
	return p, nil
}

// Delete removes a post (its author or a manager) and its image.
func (s *Service) Delete(ctx context.Context, userID, id string) error {
	if !namebot.ValidID(id) {
		return namebot.Errorf(namebot.ENOTFOUND, "post_not_found")
	}
	u, p, err := s.userAndPost(ctx, userID, id)
	if err != nil {
		return err
	}
	if !namebot.CanDeletePost(u, p) {
		return namebot.Errorf(namebot.EFORBIDDEN, "not_author_or_manager")
	}
	return s.remove(ctx, p)
}

// maxRemoveRounds bounds remove's retries while the post keeps changing.
const maxRemoveRounds = 5

// remove deletes a post and its image, p being the post as last read.
//
// The image goes first: if S3 is down the delete fails whole (503) and can
// be retried, rather than leaving a public image nobody can reach to
// delete. A post whose image went is still shown, with the default.
//
// The post is then deleted only if it was not edited since it was read:
// an edit racing the delete may have given it another image after the
// image above was read. Then the post is read again and its new image
// deleted, until the post goes. An edit that loses the race (its
// conditional update finds the post gone) deletes the image it copied
// itself (Update), so whichever comes first, no image outlives its post.
func (s *Service) remove(ctx context.Context, p *namebot.Post) error {
	for range maxRemoveRounds {
		if p.ImageKey != "" {
			if err := s.Images.Delete(ctx, p.ImageKey); err != nil {
				return err
			}
		}
		err := s.Posts.DeletePost(ctx, p.ID, p.UpdatedAt)
		if err == nil {
			s.dropViews(ctx, p.ID)
			return nil
		}
		if namebot.ErrorCode(err) != namebot.ECONFLICT {
			return err
		}
		if p, err = s.Posts.FindPost(ctx, p.ID); err != nil {
			if namebot.ErrorCode(err) == namebot.ENOTFOUND {
				return nil
			}
			return err
		}
	}
	return namebot.Errorf(namebot.ECONFLICT, "post_changed")
}

// dropViews deletes a deleted post's view counter. A counter left behind
// (this delete failed, or a first read of the post made it just after) is
// a few bytes nobody reads again, never a wrong count: the post is gone.
// So a failure is logged, not returned: the post's deletion happened.
func (s *Service) dropViews(ctx context.Context, id string) {
	if err := s.Posts.DeletePostViews(ctx, id); err != nil {
		s.Log.WarnContext(ctx, "post view counter left behind", "post", id, "err", err.Error())
	}
}

// DeleteUserPosts removes every post of a user and their images (account
// deletion). The user is already marked deleting, so no new post of the
// user stays (Create takes back a post whose author is gone) and no edit
// goes through (Update reads the user first); an edit that read the user
// just before the mark is caught by remove's conditional delete.
//
// The posts are found through the by_author index, which on DynamoDB lags
// the table (it cannot be read consistently): a post written just before
// the mark may not be in it yet. So the sweep queries again after
// indexLag, and keeps going until a query finds nothing (at most
// maxSweeps passes).
func (s *Service) DeleteUserPosts(ctx context.Context, userID string) error {
	lag := s.IndexLag
	if lag <= 0 {
		lag = defaultIndexLag
	}
	for pass := 0; pass < maxSweeps; pass++ {
		if pass > 0 {
			select {
			case <-ctx.Done():
				return fmt.Errorf("sweep posts of %s: %w", userID, ctx.Err())
			case <-time.After(lag):
			}
		}
		posts, err := s.Posts.FindUserPosts(ctx, userID)
		if err != nil {
			return err
		}
		if len(posts) == 0 && pass > 0 {
			return nil
		}
		for _, p := range posts {
			if err := s.remove(ctx, p); err != nil {
				return err
			}
		}
	}
	return nil
}

// The index lag DeleteUserPosts waits out before it looks again, and how
// many times it looks.
const (
	defaultIndexLag = 500 * time.Millisecond
	maxSweeps       = 4
)

func (s *Service) userAndPost(ctx context.Context, userID, id string) (*namebot.User, *namebot.Post, error) {
	type postResult struct {
		p   *namebot.Post
		err error
	}
	pc := make(chan postResult, 1)
	go func() {
		p, err := s.Posts.FindPost(ctx, id)
		pc <- postResult{p, err}
	}()
	u, err := s.user(ctx, userID)
	r := <-pc
	if err != nil {
		return nil, nil, err
	}
	if r.err != nil {
		return nil, nil, r.err
	}
	return u, r.p, nil
}

// UploadInput is the body of POST /api/board/images.
type UploadInput struct {
	ContentType string `json:"content_type"`
	Size        int64  `json:"size"`
}

// noticeRefused is the 403 of the notice rule, pointing at the field.
func noticeRefused() error {
	e := namebot.Errorf(namebot.EFORBIDDEN, "notice_managers")
	e.Fields = namebot.FieldErrors{"category": {Key: "notice_managers"}}
	return e
}

// PresignUpload returns a presigned upload under the user's prefix.
func (s *Service) PresignUpload(ctx context.Context, userID string, in UploadInput) (namebot.Upload, error) {
	f := namebot.FieldErrors{}
	ext, ok := namebot.ImageTypes[strings.ToLower(in.ContentType)]
	if !ok {
		f.Add("content_type", "one_of", "image/png, image/jpeg, image/webp, image/gif")
	}
	if in.Size < 1 || in.Size > namebot.MaxImageSize {
		f.Add("size", "image_invalid")
	}
	if err := f.Err(); err != nil {
		return namebot.Upload{}, err
	}
	// A presign writes nothing, but a deleted user must not get one.
	if _, err := s.user(ctx, userID); err != nil {
		return namebot.Upload{}, err
	}
	key := fmt.Sprintf("uploads/%s/%s.%s", userID, namebot.NewID(), ext)
	return s.Images.PresignUpload(ctx, key, strings.ToLower(in.ContentType), in.Size)
}

var uploadKey = regexp.MustCompile(`^uploads/([0-9a-f-]{36})/[0-9a-f-]{36}\.(png|jpg|webp|gif)$`)

// attach checks an uploaded object and copies it under the post: it must
// be under the uploader's own prefix, exist, be at most 5 MiB, declare the
// type its name says, and begin with that type's signature.
func (s *Service) attach(ctx context.Context, userID, postID, key string) (string, error) {
	invalid := func(k string) error {
		f := namebot.FieldErrors{}
		f.Add("image_key", k)
		return f.Err()
	}
	m := uploadKey.FindStringSubmatch(key)
	if m == nil || m[1] != userID {
		return "", invalid("image_missing")
	}
	info, err := s.Images.Inspect(ctx, key)
	if namebot.ErrorCode(err) == namebot.ENOTFOUND {
		return "", invalid("image_missing")
	}
	if err != nil {
		return "", err
	}
	want := ""
	for ct, ext := range namebot.ImageTypes {
		if ext == m[2] {
			want = ct
		}
	}
	if info.Size < 1 || info.Size > namebot.MaxImageSize || !strings.EqualFold(info.ContentType, want) || namebot.SniffImage(info.Head) != want {
		return "", invalid("image_invalid")
	}
	dst := fmt.Sprintf("images/%s/%s", postID, key[strings.LastIndexByte(key, '/')+1:])
	if err := s.Images.Copy(ctx, key, dst); err != nil {
		return "", err
	}
	// The upload is no longer needed; the bucket's lifecycle rule removes
	// it anyway if this fails.
	if err := s.Images.Delete(ctx, key); err != nil {
		s.Log.WarnContext(ctx, "delete attached upload", "err", err)
	}
	return dst, nil
}

// forget deletes an image nobody points at; failures are logged, since
// the post's own change has already happened.
func (s *Service) forget(ctx context.Context, key string) {
	if key == "" {
		return
	}
	if err := s.Images.Delete(context.WithoutCancel(ctx), key); err != nil {
		s.Log.ErrorContext(ctx, "delete image", "key", key, "err", err)
	}
}
