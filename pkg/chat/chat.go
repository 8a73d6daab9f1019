// Package chat is the chat service: rooms, their messages, and sending a
// question to the bot within the daily limit. Only Send spends quota and
// calls the model.
package chat

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"log/slog"
	"regexp"
	"strings"
	"time"

	"namebot/pkg/metrics"
	"namebot/pkg/namebot"
	"namebot/pkg/naming"
	"namebot/pkg/review"
)

// Service implements the chat use cases.
type Service struct {
	Chats  namebot.ChatStore
	Users  namebot.UserStore
	Quotas namebot.QuotaStore
	Policy namebot.QuotaPolicy
	Model  namebot.Model
	Now    func() time.Time
	Log    *slog.Logger
	// Metrics records answers, refusals and model calls; nil records
	// nothing.
	Metrics *metrics.Emitter
	// Lease is how long a pending send may run before a retry may take it
	// over; longer than the function's timeout.
	Lease time.Duration
}

// CreateInput is the body of POST /api/chat.
type CreateInput struct {
	Language   string  `json:"language"`
	Convention *string `json:"convention"`
	Title      *string `json:"title"`
}

// Create opens a room.
func (s *Service) Create(ctx context.Context, userID string, in CreateInput) (*namebot.Chat, error) {
	f := namebot.FieldErrors{}
	lang := namebot.CleanText(f, "language", in.Language, true, namebot.MaxLanguageLen, false)
	conv := namebot.CleanText(f, "convention", namebot.Deref(in.Convention), false, namebot.MaxConventionLen, false)
	title := namebot.CleanText(f, "title", namebot.Deref(in.Title), false, namebot.MaxTitleLen, false)
	if err := f.Err(); err != nil {
		return nil, err
	}
	if title == "" {
		title = lang
		if conv != "" {
			title += " · " + conv
		}
		title, _ = namebot.Truncate(title, namebot.MaxTitleLen)
	}
	now := s.Now().UTC()
	c := &namebot.Chat{ID: namebot.NewID(), UserID: userID, Language: lang, Convention: conv, Title: title, CreatedAt: now, UpdatedAt: now}
	if err := s.Chats.CreateChat(ctx, c); err != nil {
		return nil, err
	}
	// The user is read after the room is written, not before: if the
	// account is alive now, its deletion has not begun, so the deletion's
	// sweep (which starts after the tombstone) finds this room; if it is
	// gone or being deleted, the room is taken back here. A check before
	// the write could pass and the sweep still miss the room.
	if err := s.userAlive(ctx, userID); err != nil {
		if derr := s.undo(ctx, func(ctx context.Context) error {
			if err := s.Chats.DeleteChat(ctx, userID, c.ID); namebot.ErrorCode(err) != namebot.ENOTFOUND {
				return err
			}
			return nil // the account's sweep got there first
		}); derr != nil {
			return nil, derr
		}
		return nil, err
	}
	return c, nil
}

// userAlive is nil when the user exists and is not being deleted, 401
// (UserGone) when not.
func (s *Service) userAlive(ctx context.Context, userID string) error {
	_, err := namebot.LiveUser(s.Users.FindUserByID(ctx, userID))
	return err
}

// undo runs a compensating write to its end even when the request's own
// context is done.
func (s *Service) undo(ctx context.Context, fn func(context.Context) error) error {
	ctx, cancel := bookkeeping(ctx)
	defer cancel()
	if err := fn(ctx); err != nil {
		s.Log.ErrorContext(ctx, "undo a write of a deleted owner", "err", err)
		return err
	}
	return nil
}

// List returns a page of the user's rooms. A deleted user has none, so
// only an empty page needs the user read to answer 401 rather than an
// empty list (while an account's deletion runs, its owner may still see
// rooms not yet swept: their own, about to go).
func (s *Service) List(ctx context.Context, userID, cursor string, limit int) (namebot.Page[*namebot.Chat], error) {
	page, err := s.Chats.FindChats(ctx, userID, cursor, limit)
	if err == nil && len(page.Items) == 0 {
		err = s.userAlive(ctx, userID)
	}
	return page, err
}

// Room is a room with a page of its messages (oldest first) and the quota.
type Room struct {
	Chat       *namebot.Chat
	Messages   []*namebot.Message
	NextCursor string
	Quota      namebot.Quota
}

// Read returns the room, the latest messages before cursor and the quota:
// two calls at once, the user, the room and the quota counter (one
// BatchGetItem) and the messages; the messages are dropped unless the
// room belongs to the user and the user still exists.
func (s *Service) Read(ctx context.Context, userID, chatID, cursor string, limit int) (*Room, error) {
	if !namebot.ValidID(chatID) {
		return nil, namebot.Errorf(namebot.ENOTFOUND, "chat_not_found")
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	now := s.Now()
	type msgs struct {
		page namebot.Page[*namebot.Message]
		err  error
	}
	mc := make(chan msgs, 1)
	go func() {
		p, err := s.Chats.FindMessages(ctx, chatID, cursor, limit)
		mc <- msgs{p, err}
	}()
	c, used, err := s.Chats.FindChatAndUsage(ctx, userID, chatID, s.Policy.Day(now))
	if err != nil {
		return nil, err
	}
	m := <-mc
	if m.err != nil {
		return nil, m.err
	}
	items := m.page.Items
	for i, j := 0, len(items)-1; i < j; i, j = i+1, j-1 {
		items[i], items[j] = items[j], items[i]
	}
	return &Room{Chat: c, Messages: items, NextCursor: m.page.NextCursor, Quota: s.Policy.Quota(used, now)}, nil
}

// RenameInput is the body of PATCH /api/chat/{chatId}.
type RenameInput struct {
	Title string `json:"title"`
}

// Rename sets a room's title, with the rules of Create (trimmed, at most
// MaxTitleLen characters) except that a blank title is refused: a room
// always has a name. The user is read first (401 when gone), then one
// conditional UpdateItem: someone else's room, or one marked for deletion,
// is 404.
func (s *Service) Rename(ctx context.Context, userID, chatID string, in RenameInput) (*namebot.Chat, error) {
	if !namebot.ValidID(chatID) {
		return nil, namebot.Errorf(namebot.ENOTFOUND, "chat_not_found")
	}
	f := namebot.FieldErrors{}
	title := namebot.CleanText(f, "title", in.Title, true, namebot.MaxTitleLen, false)
	if err := f.Err(); err != nil {
		return nil, err
	}
	// The user first, as on every route: a deleted account's token (and an
	// account whose deletion has begun) renames nothing.
	if err := s.userAlive(ctx, userID); err != nil {
		return nil, err
	}
	return s.Chats.RenameChat(ctx, userID, chatID, title)
}

// Delete removes a room and its messages.
func (s *Service) Delete(ctx context.Context, userID, chatID string) error {
	if !namebot.ValidID(chatID) {
		return namebot.Errorf(namebot.ENOTFOUND, "chat_not_found")
	}
	// The user first (401 when gone); the room need not be read:
	// DeleteChat's conditional mark is the ownership check, and it also
	// finishes a room whose deletion failed halfway.
	if err := s.userAlive(ctx, userID); err != nil {
		return err
	}
	return s.Chats.DeleteChat(ctx, userID, chatID)
}

// SendInput is the body of POST /api/chat/{chatId}.
type SendInput struct {
	Content         string `json:"content"`
	ClientMessageID string `json:"client_message_id"`
	// Kind is the kind picked with a chip (naming.PickKinds), or "".
	Kind string `json:"kind"`
}

// pickList is the one_of argument of a bad kind.
var pickList = func() string {
	var ks []string
	for _, k := range naming.PickKinds() {
		ks = append(ks, string(k))
	}
	return strings.Join(ks, ", ")
}()

// Exchange is a question and its answer, with the quota after them.
type Exchange struct {
	UserMessage *namebot.Message
	BotMessage  *namebot.Message
	Quota       namebot.Quota
}

// SendError is a failed send that kept the user's message (model failure):
// the client shows it as unanswered, with the quota, and may retry.
type SendError struct {
	Err         error
	UserMessage *namebot.Message
	Quota       namebot.Quota
}

func (e *SendError) Error() string { return e.Err.Error() }
func (e *SendError) Unwrap() error { return e.Err }

var clientIDPattern = regexp.MustCompile(`^[A-Za-z0-9_-]{1,64}$`)

// Send asks the bot. The steps, and why each is safe without transactions:
//
//  1. claim: the room is read with the user's key, together with the user
//     (one BatchGetItem): someone else's room is 404, a deleted user 401.
//  2. claim: a send request keyed by (room, client_message_id) is created
//     with a conditional put. A duplicate finds the existing request
//     instead: an answered one returns the stored exchange (nothing spent,
//     nothing stored), a pending one is 409, a failed or abandoned one is
//     taken over with a conditional update, so only one retry proceeds.
//     A name pasted alone is then answered by reviewName, which spends
//     nothing and asks no model (review.Pasted).
//  3. spend: one unit is spent with one conditional UpdateItem (ADD used 1
//     while used < limit). Refused: the new request is deleted again (a
//     refused send stores nothing) and the answer is 429 with Retry-After.
//  4. ask: the model is asked, with the last turns of the room as context.
//  5. store: answered, the user message, the bot message, the request's
//     end state and the room's activity are written at once (independent
//     items). fail: failed or timed out, the unit is refunded, the user
//     message is kept as unanswered and the request marked failed, so a
//     retry with the same client_message_id spends again only what was
//     given back.
//  6. settle: after the writes of 5, the room is checked: if it was
//     deleted meanwhile, what the send wrote is deleted again.
//
// A crash or a store failure between 3 and 5 leaves a pending request
// whose lease expires; a retry then takes it over. If the answer was
// stored (the bot message id is fixed when the request is created), the
// retry completes the exchange without spending again (repair); if not, it
// asks again and spends a unit, since the first one is not refunded: the
// user may lose one question to a crash, never gain one.
func (s *Service) Send(ctx context.Context, userID, chatID string, in SendInput) (*Exchange, error) {
	sd, err := newSend(userID, chatID, in)
	if err != nil {
		return nil, err
	}
	if ex, err := s.claim(ctx, sd); ex != nil || err != nil {
		return ex, err
	}
	if name, ok := review.Pasted(sd.content); ok {
		return s.reviewName(ctx, sd, name)
	}
	room, used, err := s.spend(ctx, sd)
	if err != nil {
		return nil, err
	}
	answer, done, err := s.ask(ctx, sd, room.turns)
	if err != nil {
		return nil, s.fail(ctx, sd.req, sd.question(), err, used, done)
	}
	return s.store(ctx, sd, answer, room.given, used, done)
}

// send is one send in progress: the question as validated, and what
// claim found (the room, the request and when the send began).
type send struct {
	userID   string
	chatID   string
	clientID string
	content  string
	kind     naming.Kind
	room     *namebot.Chat
	req      *namebot.SendRequest
	// retaken is true when req was taken over from a failed or abandoned
	// send rather than created: a refusal puts it back to failed.
	retaken bool
	// now is when the send began: its quota day and the quota it reports.
	now time.Time
}

// newSend validates the input of a send.
func newSend(userID, chatID string, in SendInput) (*send, error) {
	if !namebot.ValidID(chatID) {
		return nil, namebot.Errorf(namebot.ENOTFOUND, "chat_not_found")
	}
	f := namebot.FieldErrors{}
	content := namebot.CleanText(f, "content", in.Content, true, namebot.MaxContentLen, true)
	clientID := strings.TrimSpace(in.ClientMessageID)
	if clientID != "" && !clientIDPattern.MatchString(clientID) {
		f.Add("client_message_id", "bad_client_id", namebot.MaxClientIDLen)
	}
	kind := naming.Kind(in.Kind)
	if kind != "" && !naming.ValidPick(kind) {
		f.Add("kind", "one_of", pickList)
	}
	if err := f.Err(); err != nil {
		return nil, err
	}
	if clientID == "" {
		clientID = namebot.NewID()
	}
	return &send{userID: userID, chatID: chatID, clientID: clientID, content: content, kind: kind}, nil
}

// question is the user's message of the send, before it has a status.
func (sd *send) question() *namebot.Message {
	return &namebot.Message{
		ID: sd.req.UserMessageID, ChatID: sd.chatID, UserID: sd.userID, IsUser: true, Content: sd.content,
		Suggestions: []naming.Suggestion{}, ClientMessageID: sd.clientID, Kind: string(sd.kind), CreatedAt: sd.req.CreatedAt,
	}
}

// claim is steps 1 and 2: it reads the room and the user, then creates
// the send request or takes over a failed or abandoned one. A non-nil
// exchange means an earlier send with this client_message_id already
// answered (replayed, or repaired when it stopped after storing its
// answer) and Send returns it as it is.
func (s *Service) claim(ctx context.Context, sd *send) (*Exchange, error) {
	c, err := s.Chats.FindUserChat(ctx, sd.userID, sd.chatID)
	if err != nil {
		return nil, err
	}
	now := s.Now()
	sd.room, sd.now = c, now
	sd.req = &namebot.SendRequest{
		ChatID: sd.chatID, ClientMessageID: sd.clientID, UserID: sd.userID, ContentHash: contentHash(sd.content, sd.kind),
		UserMessageID: namebot.NewID(), BotMessageID: namebot.NewID(), State: namebot.SendPending, Day: s.Policy.Day(now),
		LeaseUntil: now.Add(s.Lease), CreatedAt: now.UTC(),
	}
	existing, created, err := s.Chats.BeginSend(ctx, sd.req)
	if err != nil || created {
		return nil, err
	}
	if existing.ContentHash != sd.req.ContentHash || existing.UserID != sd.userID {
		return nil, namebot.Errorf(namebot.ECONFLICT, "message_id_reused")
	}
	switch {
	case existing.State == namebot.SendAnswered:
		return s.replay(ctx, sd.userID, existing)
	case existing.State == namebot.SendPending && now.Before(existing.LeaseUntil):
		return nil, namebot.Errorf(namebot.ECONFLICT, "message_in_flight")
	}
	from := existing.State
	existing.Day = sd.req.Day
	ok, err := s.Chats.RetakeSend(ctx, existing, from, now, now.Add(s.Lease))
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, namebot.Errorf(namebot.ECONFLICT, "message_in_flight")
	}
	sd.req, sd.retaken = existing, true
	if from == namebot.SendPending {
		// An abandoned request may have stored its answer before it
		// failed: finish it instead of asking (and spending) again.
		if ex, done, err := s.repair(ctx, sd.userID, sd.req, sd.content, sd.kind); done || err != nil {
			return ex, err
		}
	}
	return nil, nil
}

// roomHistory is what a send reads of its room before asking: the last
// turns (the model's context) and the names its answers already gave.
type roomHistory struct {
	turns []naming.Turn
	given naming.GivenNames
}

// spend is step 3: it spends one unit of the day's quota, and meanwhile
// reads the room's history for step 4. used is the day's count after the
// spend. On any failure nothing stays spent or claimed: a refusal (429
// with the quota) or a failed read gives the request back (release), and
// a failed read refunds the unit.
func (s *Service) spend(ctx context.Context, sd *send) (roomHistory, int, error) {
	type hist struct {
		roomHistory
		err error
	}
	hc := make(chan hist, 1)
	go func() {
		t, g, err := s.history(ctx, sd.chatID, sd.req.UserMessageID)
		hc <- hist{roomHistory{t, g}, err}
	}()
	used, ok, err := s.Quotas.Spend(ctx, sd.userID, sd.req.Day, s.Policy.Limit, s.Policy.Expires(sd.now))
	h := <-hc
	if err == nil && !ok {
		err = s.refuse(sd.now)
		s.Metrics.QuotaRefused()
	}
	if err == nil && h.err != nil {
		if rerr := s.Quotas.Refund(ctx, sd.userID, sd.req.Day); rerr != nil {
			s.Log.ErrorContext(ctx, "refund after history failure", "err", rerr)
		}
		err = h.err
	}
	if err != nil {
		s.release(ctx, sd.req, sd.retaken)
		if namebot.ErrorCode(err) == namebot.ERATELIMITED {
			return roomHistory{}, 0, &SendError{Err: err, Quota: s.Policy.Quota(s.Policy.Limit, sd.now)}
		}
		return roomHistory{}, 0, err
	}
	return h.roomHistory, used, nil
}

// ask is step 4: the model answers the question in the room's setting
// and with its last turns, within the time left before the bookkeeping
// of a failure. done is when the model returned.
func (s *Service) ask(ctx context.Context, sd *send, turns []naming.Turn) (answer naming.Answer, done time.Time, err error) {
	spec := sd.room.Spec()
	spec.Kind = sd.kind
	modelCall := s.Metrics.StartModelCall()
	mctx, cancel := modelContext(ctx)
	answer, err = s.Model.Suggest(mctx, spec, turns, sd.content)
	cancel()
	modelCall.Done(err)
	return answer, s.Now(), err
}

// store is step 5 for an answer, then step 6 (settle): the question, the
// answer and the request's end state are written, and the room checked.
func (s *Service) store(ctx context.Context, sd *send, answer naming.Answer, given naming.GivenNames, used int, done time.Time) (*Exchange, error) {
	req := sd.req
	// A room is never given the same name twice: names its earlier
	// answers gave (within RepeatWindow) are removed, and the text says so.
	answer = naming.WithoutGiven(answer, given, sd.content)
	bot := &namebot.Message{
		ID: req.BotMessageID, ChatID: sd.chatID, UserID: sd.userID, Content: answer.Text, Suggestions: answer.Suggestions,
		Status: namebot.StatusAnswered, Offline: answer.Offline, CreatedAt: done.UTC(),
	}
	if bot.Suggestions == nil {
		bot.Suggestions = []naming.Suggestion{}
	}
	userMsg := sd.question()
	userMsg.Status, userMsg.AnswerID = namebot.StatusAnswered, bot.ID
	req.State, req.BotMessageID = namebot.SendAnswered, bot.ID
	// The question, the answer and the request's end state go in one
	// BatchWriteItem (they share a table and partition). A failure leaves
	// the request pending: a retry after its lease finds the answer if it
	// was stored (repair) or asks again.
	if err := s.Chats.StoreExchange(ctx, req, userMsg, bot); err != nil {
		return nil, err
	}
	if err := s.settle(ctx, req, done); err != nil {
		return nil, err
	}
	s.Metrics.Answered(bot.Offline)
	return &Exchange{UserMessage: userMsg, BotMessage: bot, Quota: s.Policy.Quota(used, sd.now)}, nil
}

// reviewName answers a pasted name with the review: the question and the
// answer are stored as any exchange (so a retry replays them), the answer's
// suggestions are the better names, and no unit is spent: the quota
// returned is what the user has used today.
func (s *Service) reviewName(ctx context.Context, sd *send, name string) (*Exchange, error) {
	userID, req, content, picked, now := sd.userID, sd.req, sd.content, sd.kind, sd.now
	korean := naming.QuestionIsKorean(content)
	spec := naming.Spec{Language: sd.room.Language, Convention: sd.room.Convention}
	// A kind chip applies to the review too (the kinds share their names).
	res := review.CheckName(spec, review.Kind(picked), name, korean)
	kind := picked
	switch {
	case kind == naming.KindBoolean:
		kind = naming.KindVariable
	case !kind.Valid():
		kind = review.NamingKind(spec, name)
	}
	sugs := make([]naming.Suggestion, 0, len(res.Better))
	for _, b := range res.Better {
		reason := "corrected by the name review"
		if korean {
			reason = "이름 검사가 고친 이름"
		}
		if len(res.Problems) > 0 {
			reason = res.Problems[0].Message
		}
		sugs = append(sugs, naming.Suggestion{Kind: kind, Name: b, Reason: reason})
	}
	done := s.Now()
	// The question as every send stores it (with its kind chip).
	userMsg := sd.question()
	userMsg.Status = namebot.StatusAnswered
	bot := &namebot.Message{
		ID: req.BotMessageID, ChatID: req.ChatID, UserID: userID, Content: review.Render(res, korean), Suggestions: sugs,
		Status: namebot.StatusAnswered, CreatedAt: done.UTC(),
	}
	userMsg.AnswerID = bot.ID
	req.State = namebot.SendAnswered
	var used int
	if err := parallel(ctx,
		func(ctx context.Context) error { return s.Chats.StoreExchange(ctx, req, userMsg, bot) },
		func(ctx context.Context) (err error) {
			used, err = s.Quotas.Used(ctx, userID, req.Day)
			return err
		},
	); err != nil {
		return nil, err
	}
	// As any answered send: the room's activity, and the writes undone if
	// the room was deleted meanwhile.
	if err := s.settle(ctx, req, done); err != nil {
		return nil, err
	}
	return &Exchange{UserMessage: userMsg, BotMessage: bot, Quota: s.Policy.Quota(used, now)}, nil
}

func (s *Service) refuse(now time.Time) error {
	reset := s.Policy.ResetsAt(now)
	e := namebot.Errorf(namebot.ERATELIMITED, "quota_exhausted", s.Policy.Limit, reset.Format("15:04"))
	e.RetryAfterSeconds = max(int(reset.Sub(now).Seconds()+0.999), 1)
	return e
}

// release undoes step 2 after a refusal: a new request is deleted, a
// retaken one goes back to failed.
func (s *Service) release(ctx context.Context, req *namebot.SendRequest, retaken bool) {
	ctx, cancel := bookkeeping(ctx)
	defer cancel()
	var err error
	if retaken {
		req.State = namebot.SendFailed
		err = s.Chats.FinishSend(ctx, req)
	} else {
		err = s.Chats.AbandonSend(ctx, req)
	}
	if err != nil {
		s.Log.ErrorContext(ctx, "release send request", "err", err)
	}
}

// fail is step 5 for a model failure, then step 6 (settle): it gives the
// unit back, keeps the question as unanswered and marks the request
// failed, so a retry may take it over.
func (s *Service) fail(ctx context.Context, req *namebot.SendRequest, userMsg *namebot.Message, merr error, used int, now time.Time) error {
	ctx, cancel := bookkeeping(ctx)
	defer cancel()
	if _, ok := namebot.AsError(merr); !ok {
		merr = &namebot.Error{Code: namebot.EMODELFAILED, Key: "model_failed", Err: merr}
	}
	s.Log.WarnContext(ctx, "model failed", "err", merr.Error())
	s.Metrics.ModelError(namebot.ErrorCode(merr))
	userMsg.Status = namebot.StatusUnanswered
	req.State = namebot.SendFailed
	if err := parallel(ctx,
		func(ctx context.Context) error { return s.Quotas.Refund(ctx, req.UserID, req.Day) },
		func(ctx context.Context) error { return s.Chats.PutMessage(ctx, userMsg) },
	); err != nil {
		return err
	}
	if err := s.Chats.FinishSend(ctx, req); err != nil {
		return err
	}
	if err := s.settle(ctx, req, now); err != nil {
		return err
	}
	return &SendError{Err: merr, UserMessage: userMsg, Quota: s.Policy.Quota(max(used-1, 0), now)}
}

// repair finishes an abandoned request whose answer was stored (its bot
// message id is fixed when the request is created): the question is marked
// answered, the request answered, and the stored exchange returned, with
// no unit spent and no second answer. done is false when there is no
// stored answer and the send must go on.
func (s *Service) repair(ctx context.Context, userID string, req *namebot.SendRequest, content string, kind naming.Kind) (*Exchange, bool, error) {
	bot, err := s.Chats.FindMessage(ctx, req.ChatID, req.BotMessageID)
	if namebot.ErrorCode(err) == namebot.ENOTFOUND {
		return nil, false, nil
	}
	if err != nil {
		return nil, true, err
	}
	userMsg := &namebot.Message{
		ID: req.UserMessageID, ChatID: req.ChatID, UserID: userID, IsUser: true, Content: content,
		Suggestions: []naming.Suggestion{}, Status: namebot.StatusAnswered, ClientMessageID: req.ClientMessageID,
		AnswerID: bot.ID, Kind: string(kind), CreatedAt: req.CreatedAt,
	}
	if err := s.Chats.PutMessage(ctx, userMsg); err != nil {
		return nil, true, err
	}
	req.State = namebot.SendAnswered
	if err := s.Chats.FinishSend(ctx, req); err != nil {
		return nil, true, err
	}
	now := s.Now()
	if err := s.settle(ctx, req, now); err != nil {
		return nil, true, err
	}
	used, err := s.Quotas.Used(ctx, userID, s.Policy.Day(now))
	if err != nil {
		return nil, true, err
	}
	return &Exchange{UserMessage: userMsg, BotMessage: bot, Quota: s.Policy.Quota(used, now)}, true, nil
}

// settle is the check a send makes after its writes: it moves the room's
// activity (the conditional update it needs anyway) and learns from it
// whether the room still exists. The room's deletion marks the room before
// it lists the room's messages, so:
//
//   - the room is alive at the check: the check, and so every write
//     before it, came before the mark; the deletion's sweep, which starts
//     after the mark, will find and delete them;
//   - the room is marked or gone: the sweep may have run before the
//     writes, so the send deletes them itself (request and both
//     messages) and answers 404. The unit stays spent (the model was
//     asked) unless the account itself is being deleted: then the day's
//     counter goes too, since the account's sweep of counters may already
//     have run.
//
// When the room cannot be checked (the store fails) the send answers
// 503; its writes stay, and a retry replays or repairs them.
func (s *Service) settle(ctx context.Context, req *namebot.SendRequest, at time.Time) error {
	alive, err := s.Chats.TouchChat(ctx, req.UserID, req.ChatID, at)
	if err != nil {
		// The activity only orders the room list; the check is what
		// matters, and a plain read makes it too.
		s.Log.WarnContext(ctx, "touch chat after send", "err", err)
		_, err = s.Chats.FindChat(ctx, req.UserID, req.ChatID)
		alive = err == nil
		if namebot.ErrorCode(err) == namebot.ENOTFOUND {
			err = nil
		}
		if err != nil {
			return err
		}
	}
	if alive {
		return nil
	}
	if err := s.undo(ctx, func(ctx context.Context) error { return s.Chats.UndoSend(ctx, req) }); err != nil {
		return err
	}
	gone := s.userAlive(ctx, req.UserID)
	switch {
	case gone == nil:
		return namebot.Errorf(namebot.ENOTFOUND, "chat_not_found")
	case namebot.ErrorCode(gone) != namebot.EUNAUTHORIZED:
		return gone
	}
	if err := s.undo(ctx, func(ctx context.Context) error { return s.Quotas.DeleteQuotas(ctx, req.UserID) }); err != nil {
		return err
	}
	return gone
}

// replay returns the stored exchange of an answered request.
func (s *Service) replay(ctx context.Context, userID string, req *namebot.SendRequest) (*Exchange, error) {
	now := s.Now()
	var um, bm *namebot.Message
	var used int
	err := parallel(ctx,
		func(ctx context.Context) (err error) {
			um, err = s.Chats.FindMessage(ctx, req.ChatID, req.UserMessageID)
			return
		},
		func(ctx context.Context) (err error) {
			bm, err = s.Chats.FindMessage(ctx, req.ChatID, req.BotMessageID)
			return
		},
		func(ctx context.Context) (err error) {
			used, err = s.Quotas.Used(ctx, userID, s.Policy.Day(now))
			return
		},
	)
	if err != nil {
		return nil, err
	}
	return &Exchange{UserMessage: um, BotMessage: bm, Quota: s.Policy.Quota(used, now)}, nil
}

// history returns the last turns of the room before the current question,
// and the names the room's answers gave: one Query of the latest
// RepeatWindow messages serves both.
func (s *Service) history(ctx context.Context, chatID, exclude string) ([]naming.Turn, naming.GivenNames, error) {
	page, err := s.Chats.FindMessages(ctx, chatID, "", namebot.RepeatWindow)
	if err != nil {
		return nil, nil, err
	}
	var turns []naming.Turn
	given := naming.GivenNames{}
	for i := len(page.Items) - 1; i >= 0; i-- {
		m := page.Items[i]
		if m.ID == exclude || m.Status == namebot.StatusUnanswered {
			continue
		}
		if !m.IsUser {
			given.Add(m.Suggestions)
		}
		turns = append(turns, naming.Turn{FromUser: m.IsUser, Content: m.Content})
	}
	if len(turns) > namebot.HistoryTurns {
		turns = turns[len(turns)-namebot.HistoryTurns:]
	}
	return turns, given, nil
}

// bookkeepingTime is kept back from the request's deadline for the writes
// after a model call (refund, the kept question), and is their own bound.
const bookkeepingTime = 3 * time.Second

// modelContext ends the model call bookkeepingTime before the request's
// own deadline (the Lambda's timeout), so that a slow model ends in a
// clean 504 with the unit refunded, whatever MODEL_TIMEOUT says.
func modelContext(ctx context.Context) (context.Context, context.CancelFunc) {
	if d, ok := ctx.Deadline(); ok {
		return context.WithDeadline(ctx, d.Add(-bookkeepingTime))
	}
	return context.WithCancel(ctx)
}

// bookkeeping is a context for the writes that must happen even when the
// request's own context is done: detached from its cancellation, bounded.
func bookkeeping(ctx context.Context) (context.Context, context.CancelFunc) {
	return context.WithTimeout(context.WithoutCancel(ctx), bookkeepingTime)
}

// parallel runs fns at once and returns the first error.
func parallel(ctx context.Context, fns ...func(context.Context) error) error {
	errs := make(chan error, len(fns))
	for _, fn := range fns {
		go func() { errs <- fn(ctx) }()
	}
	var first error
	for range fns {
		if err := <-errs; err != nil && first == nil {
			first = err
		}
	}
	return first
}

// contentHash is what a retried send must repeat: the content, and the
// picked kind when there is one (so sends without a kind hash as before).
func contentHash(content string, kind naming.Kind) string {
	if kind == "" {
		return hash(content)
	}
	return hash(content + "\x00" + string(kind))
}

func hash(s string) string {
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:16])
}
