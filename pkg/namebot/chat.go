package namebot

import (
	"context"
	"time"

	"namebot/pkg/naming"
)

// Limits on chat fields (the app's copy: frontend/src/limits.ts, see limits_test.go).
const (
	MaxLanguageLen   = 40
	MaxConventionLen = 100
	MaxTitleLen      = 100
	MaxContentLen    = 1000
	MaxClientIDLen   = 64
	// HistoryTurns is how many earlier messages go to the model as context.
	HistoryTurns = 6
	// RepeatWindow is how many of the room's latest messages a send reads
	// (in the one Query that also gives the model its context): the names
	// their answers gave are not suggested again.
	RepeatWindow = 100
	// DefaultPage and MaxPage bound list pages.
	DefaultPage     = 20
	MaxPage         = 50
	DefaultMessages = 50
)

// Chat is a room: one language and convention, owned by one user.
type Chat struct {
	ID         string
	UserID     string
	Language   string
	Convention string
	Title      string
	CreatedAt  time.Time
	UpdatedAt  time.Time
}

// Spec is the naming setting of the room.
func (c *Chat) Spec() naming.Spec {
	return naming.Spec{Language: c.Language, Convention: c.Convention}
}

// Message statuses.
const (
	StatusAnswered   = "answered"   // the bot answered (user messages) or is the answer (bot messages)
	StatusUnanswered = "unanswered" // the model failed; the user may retry
)

// SendState is where a send request stands. The strings are what the
// store keeps: changing one misreads every request already stored.
type SendState string

// Send request states.
const (
	// SendPending: the send is running, or was abandoned once its lease
	// passed (a retry may then take it over).
	SendPending SendState = "pending"
	// SendAnswered: the exchange is stored; a retry replays it.
	SendAnswered SendState = "answered"
	// SendFailed: the model failed or the quota refused a retaken
	// request; the unit was given back and a retry may take it over.
	SendFailed SendState = "failed"
)

// Message is one line of a room: the person's question or the bot's answer.
type Message struct {
	ID              string
	ChatID          string
	UserID          string
	IsUser          bool
	Content         string
	Suggestions     []naming.Suggestion
	Status          string
	Offline         bool   // answered by the offline suggester
	ClientMessageID string // user messages: the idempotency key of the send
	Kind            string // user messages: the kind picked with a chip, or ""
	AnswerID        string // user messages: the bot message answering it
	CreatedAt       time.Time
}

// Page is one page of a list and the cursor of the next (empty at the end).
type Page[T any] struct {
	Items      []T
	NextCursor string
}

// SendRequest is the idempotency record of one send (chat, client message
// id). It makes a retried send spend nothing more and store nothing twice.
type SendRequest struct {
	ChatID          string
	ClientMessageID string
	UserID          string
	ContentHash     string
	UserMessageID   string
	BotMessageID    string
	State           SendState
	Day             string    // the quota day a unit was taken on
	LeaseUntil      time.Time // a pending request older than this was abandoned
	CreatedAt       time.Time
}

// ChatStore keeps rooms and their messages. Every read is keyed by the
// owner: another user's room is simply not found.
type ChatStore interface {
	CreateChat(ctx context.Context, c *Chat) error
	// FindChat returns the room (ENOTFOUND when it is missing, someone
	// else's or being deleted).
	FindChat(ctx context.Context, userID, chatID string) (*Chat, error)
	// FindUserChat is FindChat and the user in one round trip: 401
	// (UserGone) when the user is missing or being deleted.
	FindUserChat(ctx context.Context, userID, chatID string) (*Chat, error)
	// FindChatAndUsage is FindUserChat plus the user's quota counter for
	// day, in one round trip.
	FindChatAndUsage(ctx context.Context, userID, chatID, day string) (*Chat, int, error)
	// FindChats lists rooms by latest activity, newest first.
	FindChats(ctx context.Context, userID, cursor string, limit int) (Page[*Chat], error)
	// TouchChat moves the room's activity to at (never backwards) and
	// reports whether the room still exists and is not being deleted: it
	// is the check a writer makes after writing into the room.
	TouchChat(ctx context.Context, userID, chatID string, at time.Time) (alive bool, err error)
	// RenameChat sets the title of a room userID owns and returns the
	// room; ENOTFOUND when there is no such room of theirs.
	RenameChat(ctx context.Context, userID, chatID, title string) (*Chat, error)
	// DeleteChat marks the room deleted, deletes its messages and
	// requests, then the room.
	DeleteChat(ctx context.Context, userID, chatID string) error
	// DeleteUserChats deletes every room of a user (account deletion).
	DeleteUserChats(ctx context.Context, userID string) error

	// FindMessages returns up to limit messages before cursor, newest first.
	FindMessages(ctx context.Context, chatID, cursor string, limit int) (Page[*Message], error)
	FindMessage(ctx context.Context, chatID, id string) (*Message, error)
	PutMessage(ctx context.Context, m *Message) error

	// BeginSend records a new send request; ok is false when one with the
	// same key exists, and then existing is it.
	BeginSend(ctx context.Context, r *SendRequest) (existing *SendRequest, ok bool, err error)
	// RetakeSend moves a failed or abandoned request back to pending; ok is
	// false when someone else took it first.
	RetakeSend(ctx context.Context, r *SendRequest, fromState SendState, now, lease time.Time) (ok bool, err error)
	// StoreExchange writes an answered exchange: the question, the answer
	// and the request (answered), in one batch.
	StoreExchange(ctx context.Context, r *SendRequest, question, answer *Message) error
	// FinishSend records how a request ended (answered or failed).
	FinishSend(ctx context.Context, r *SendRequest) error
	// AbandonSend deletes a request that was refused (quota): a refused
	// send stores nothing.
	AbandonSend(ctx context.Context, r *SendRequest) error
	// UndoSend deletes the request and both of its messages: a send that
	// finds its room deleted after writing takes back what it wrote.
	UndoSend(ctx context.Context, r *SendRequest) error
}

// Model answers a naming question. Errors carry EMODELFAILED or
// EMODELTIMEOUT.
type Model interface {
	Suggest(ctx context.Context, spec naming.Spec, history []naming.Turn, question string) (naming.Answer, error)
}
