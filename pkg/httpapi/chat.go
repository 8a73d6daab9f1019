package httpapi

import (
	"context"
	"errors"
	"net/http"
	"strconv"

	"namebot/pkg/chat"
	"namebot/pkg/namebot"
	"namebot/pkg/naming"
)

// SendMaxBody caps a send: 1,000 characters of content, up to 4 bytes each,
// and the JSON around it.
const SendMaxBody = 8 << 10

// Chat returns the routes of the chat function (rooms and reading).
func Chat(svc *chat.Service) []Route {
	h := chatHandler{svc: svc}
	return []Route{
		{Key: "GET /api/chat", Access: SignedIn, Fn: h.list},
		{Key: "POST /api/chat", Access: SignedIn, Fn: h.create},
		{Key: "GET /api/chat/{chatId}", Access: SignedIn, Fn: h.read},
		{Key: "PATCH /api/chat/{chatId}", Access: SignedIn, Fn: h.rename},
		{Key: "DELETE /api/chat/{chatId}", Access: SignedIn, Fn: h.delete},
	}
}

// ChatSend returns the route of the chatsend function, the only one that
// spends quota and calls the model.
func ChatSend(svc *chat.Service) []Route {
	h := chatHandler{svc: svc}
	return []Route{{Key: "POST /api/chat/{chatId}", Access: SignedIn, MaxBody: SendMaxBody, Fn: h.send}}
}

type chatHandler struct{ svc *chat.Service }

type roomJSON struct {
	ID         string `json:"id"`
	Language   string `json:"language"`
	Convention string `json:"convention"`
	Title      string `json:"title"`
	CreatedAt  string `json:"created_at"`
	UpdatedAt  string `json:"updated_at"`
}

func roomView(c *namebot.Chat) roomJSON {
	return roomJSON{ID: c.ID, Language: c.Language, Convention: c.Convention, Title: c.Title, CreatedAt: Time(c.CreatedAt), UpdatedAt: Time(c.UpdatedAt)}
}

type messageJSON struct {
	ID              string              `json:"id"`
	IsUser          bool                `json:"is_user"`
	Content         string              `json:"content"`
	Suggestions     []naming.Suggestion `json:"suggestions"`
	Status          string              `json:"status"`
	Offline         bool                `json:"offline"`
	ClientMessageID string              `json:"client_message_id,omitempty"`
	Kind            string              `json:"kind,omitempty"` // user messages: the picked chip
	CreatedAt       string              `json:"created_at"`
}

func messageView(m *namebot.Message) *messageJSON {
	if m == nil {
		return nil
	}
	s := m.Suggestions
	if s == nil {
		s = []naming.Suggestion{}
	}
	return &messageJSON{ID: m.ID, IsUser: m.IsUser, Content: m.Content, Suggestions: s, Status: m.Status,
		Offline: m.Offline, ClientMessageID: m.ClientMessageID, Kind: m.Kind, CreatedAt: Time(m.CreatedAt)}
}

// Limit parses ?limit= (def when absent), 400 outside 1..maxN.
func (r *Request) Limit(def, maxN int) (int, error) {
	v := r.Query("limit")
	if v == "" {
		return def, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 1 || n > maxN {
		return 0, namebot.Errorf(namebot.EINVALID, "bad_limit", maxN)
	}
	return n, nil
}

type listJSON[T any] struct {
	Items      []T     `json:"items"`
	NextCursor *string `json:"next_cursor"`
}

func cursorPtr(c string) *string {
	if c == "" {
		return nil
	}
	return &c
}

func (h chatHandler) list(ctx context.Context, r *Request) (Response, error) {
	limit, err := r.Limit(namebot.DefaultPage, namebot.MaxPage)
	if err != nil {
		return Response{}, err
	}
	page, err := h.svc.List(ctx, r.UserID, r.Query("cursor"), limit)
	if err != nil {
		return Response{}, err
	}
	out := listJSON[roomJSON]{Items: make([]roomJSON, 0, len(page.Items)), NextCursor: cursorPtr(page.NextCursor)}
	for _, c := range page.Items {
		out.Items = append(out.Items, roomView(c))
	}
	return JSON(http.StatusOK, out), nil
}

func (h chatHandler) create(ctx context.Context, r *Request) (Response, error) {
	var in chat.CreateInput
	if err := r.Decode(&in, false); err != nil {
		return Response{}, err
	}
	c, err := h.svc.Create(ctx, r.UserID, in)
	if err != nil {
		return Response{}, err
	}
	return JSON(http.StatusCreated, roomView(c)), nil
}

func (h chatHandler) read(ctx context.Context, r *Request) (Response, error) {
	limit, err := r.Limit(namebot.DefaultMessages, namebot.MaxPage*2)
	if err != nil {
		return Response{}, err
	}
	room, err := h.svc.Read(ctx, r.UserID, r.PathParam("chatId"), r.Query("cursor"), limit)
	if err != nil {
		return Response{}, err
	}
	msgs := make([]*messageJSON, 0, len(room.Messages))
	for _, m := range room.Messages {
		msgs = append(msgs, messageView(m))
	}
	return JSON(http.StatusOK, map[string]any{
		"chat": roomView(room.Chat), "messages": msgs, "next_cursor": cursorPtr(room.NextCursor), "quota": QuotaView(room.Quota),
	}), nil
}

func (h chatHandler) rename(ctx context.Context, r *Request) (Response, error) {
	var in chat.RenameInput
	if err := r.Decode(&in, false); err != nil {
		return Response{}, err
	}
	c, err := h.svc.Rename(ctx, r.UserID, r.PathParam("chatId"), in)
	if err != nil {
		return Response{}, err
	}
	return JSON(http.StatusOK, roomView(c)), nil
}

func (h chatHandler) delete(ctx context.Context, r *Request) (Response, error) {
	if err := h.svc.Delete(ctx, r.UserID, r.PathParam("chatId")); err != nil {
		return Response{}, err
	}
	return NoContent(), nil
}

func (h chatHandler) send(ctx context.Context, r *Request) (Response, error) {
	var in chat.SendInput
	if err := r.Decode(&in, false); err != nil {
		return Response{}, err
	}
	ex, err := h.svc.Send(ctx, r.UserID, r.PathParam("chatId"), in)
	var se *chat.SendError
	if errors.As(err, &se) {
		extra := map[string]any{"quota": QuotaView(se.Quota)}
		if se.UserMessage != nil {
			extra["user_message"] = messageView(se.UserMessage)
		}
		return ErrorWith(r.Lang, se.Err, extra), nil
	}
	if err != nil {
		return Response{}, err
	}
	return JSON(http.StatusCreated, map[string]any{
		"user_message": messageView(ex.UserMessage), "bot_message": messageView(ex.BotMessage), "quota": QuotaView(ex.Quota),
	}), nil
}
