package dynamo

import (
	"context"
	"encoding/json"
	"time"

	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"

	"namebot/pkg/namebot"
	"namebot/pkg/naming"
)

// ChatsTable: partition user_id, sort id; GSI by_activity (user_id,
// updated_at) lists a user's rooms by latest activity. Keying rooms by
// their owner makes ownership part of every read: the key is (user, room),
// in a GetItem or in the room read's BatchGetItem with the quota counter.
//
// MessagesTable: partition chat_id, sort id (UUIDv7, so time order). Send
// requests live in the same partition under ids "req#<client id>", which
// sort after every UUIDv7 (they start with "0" until the year 2527), so
// message queries bound the sort key below "req#".
//
// Deleting a room first marks it (`deleted` set, `updated_at` removed, so
// the room leaves the by_activity index and every read treats it as
// gone), then deletes its messages and requests, then the room item.
// A send writes into the room's partition and only then checks the room
// (TouchChat, a conditional update it makes anyway): if the room is alive
// at that check, the check came before the mark, so the write came before
// the deletion's query and is deleted by it; if not, the send deletes what
// it wrote itself (UndoSend). Either way nothing of the room is left.

var _ namebot.ChatStore = (*DB)(nil)

const reqPrefix = "req#"

func chatKey(userID, chatID string) map[string]types.AttributeValue {
	return map[string]types.AttributeValue{"user_id": attrS(userID), "id": attrS(chatID)}
}

func chatFrom(it map[string]types.AttributeValue) *namebot.Chat {
	return &namebot.Chat{
		ID: str(it, "id"), UserID: str(it, "user_id"), Language: str(it, "language"), Convention: str(it, "convention"),
		Title: str(it, "title"), CreatedAt: parseTS(str(it, "created_at")), UpdatedAt: parseTS(str(it, "updated_at")),
	}
}

// CreateChat stores a new room.
func (db *DB) CreateChat(ctx context.Context, c *namebot.Chat) error {
	_, err := db.API.PutItem(ctx, &dynamodb.PutItemInput{
		TableName: &db.Tables.Chats,
		Item: map[string]types.AttributeValue{
			"user_id": attrS(c.UserID), "id": attrS(c.ID), "language": attrS(c.Language), "convention": attrS(c.Convention),
			"title": attrS(c.Title), "created_at": attrS(ts(c.CreatedAt)), "updated_at": attrS(ts(c.UpdatedAt)),
		},
		ConditionExpression: ptr("attribute_not_exists(id)"),
	})
	if err != nil {
		return failed("create chat", err)
	}
	return nil
}

// roomAlive reports whether a room item exists and is not being deleted.
func roomAlive(it map[string]types.AttributeValue) bool {
	_, deleted := it["deleted"]
	return it != nil && !deleted
}

// FindChat returns the room when userID owns it, else ENOTFOUND.
func (db *DB) FindChat(ctx context.Context, userID, chatID string) (*namebot.Chat, error) {
	out, err := db.API.GetItem(ctx, &dynamodb.GetItemInput{TableName: &db.Tables.Chats, Key: chatKey(userID, chatID), ConsistentRead: ptr(true)})
	if err != nil {
		return nil, failed("find chat", err)
	}
	if !roomAlive(out.Item) {
		return nil, notFound("chat_not_found")
	}
	return chatFrom(out.Item), nil
}

// FindUserChat reads the user and the room in one BatchGetItem: a token
// whose user is gone is 401, someone else's room 404.
func (db *DB) FindUserChat(ctx context.Context, userID, chatID string) (*namebot.Chat, error) {
	got, err := db.batchGet(ctx, "find user and chat", map[string]map[string]types.AttributeValue{
		db.Tables.Users: userKey(userID), db.Tables.Chats: chatKey(userID, chatID),
	})
	if err != nil {
		return nil, err
	}
	return userChat(got, db.Tables)
}

func userChat(got map[string]map[string]types.AttributeValue, t Tables) (*namebot.Chat, error) {
	if u, ok := got[t.Users]; !ok || userFrom(u).Gone() {
		return nil, namebot.UserGone()
	}
	it := got[t.Chats]
	if !roomAlive(it) {
		return nil, notFound("chat_not_found")
	}
	return chatFrom(it), nil
}

// FindChatAndUsage reads the user, a room (only if userID owns it) and the
// user's counter for day in one BatchGetItem: a room read is then two
// calls made at once (this and the messages) instead of three.
func (db *DB) FindChatAndUsage(ctx context.Context, userID, chatID, day string) (*namebot.Chat, int, error) {
	got, err := db.batchGet(ctx, "find chat and usage", map[string]map[string]types.AttributeValue{
		db.Tables.Users: userKey(userID), db.Tables.Chats: chatKey(userID, chatID), db.Tables.Counters: counterKey(userID, day),
	})
	if err != nil {
		return nil, 0, err
	}
	c, err := userChat(got, db.Tables)
	if err != nil {
		return nil, 0, err
	}
	return c, int(num(got[db.Tables.Counters], "used")), nil
}

func validTS(_, v string) bool { _, err := time.Parse(tsLayout, v); return err == nil }

func validIDField(_, v string) bool { return namebot.ValidID(v) }

// FindChats lists a user's rooms, latest activity first.
func (db *DB) FindChats(ctx context.Context, userID, cursor string, limit int) (namebot.Page[*namebot.Chat], error) {
	var page namebot.Page[*namebot.Chat]
	start, err := decodeCursor(cursor, "user_id", userID, func(f, v string) bool {
		if f == "id" {
			return namebot.ValidID(v)
		}
		return validTS(f, v)
	}, "updated_at", "id")
	if err != nil {
		return page, err
	}
	out, err := db.API.Query(ctx, &dynamodb.QueryInput{
		TableName:                 &db.Tables.Chats,
		IndexName:                 ptr("by_activity"),
		KeyConditionExpression:    ptr("user_id = :u"),
		ExpressionAttributeValues: map[string]types.AttributeValue{":u": attrS(userID)},
		ScanIndexForward:          ptr(false),
		Limit:                     ptr(int32(limit + 1)),
		ExclusiveStartKey:         start,
	})
	if err != nil {
		return page, failed("list chats", err)
	}
	items, next := trimPage(out.Items, limit, "updated_at", "id")
	for _, it := range items {
		page.Items = append(page.Items, chatFrom(it))
	}
	page.NextCursor = next
	return page, nil
}

// TouchChat moves the room's latest activity to at (never backwards) and
// reports whether the room is alive. The update is conditional on the room
// existing unmarked, so in the usual case it is the whole check; only when
// the condition fails (the room is gone, or another send touched it later)
// does a consistent read tell which.
func (db *DB) TouchChat(ctx context.Context, userID, chatID string, at time.Time) (bool, error) {
	_, err := db.API.UpdateItem(ctx, &dynamodb.UpdateItemInput{
		TableName:                 &db.Tables.Chats,
		Key:                       chatKey(userID, chatID),
		UpdateExpression:          ptr("SET updated_at = :t"),
		ConditionExpression:       ptr("attribute_exists(id) AND attribute_not_exists(deleted) AND updated_at < :t"),
		ExpressionAttributeValues: map[string]types.AttributeValue{":t": attrS(ts(at))},
	})
	if err == nil {
		return true, nil
	}
	if !isConditionFailed(err) {
		return false, failed("touch chat", err)
	}
	_, err = db.FindChat(ctx, userID, chatID)
	if namebot.ErrorCode(err) == namebot.ENOTFOUND {
		return false, nil
	}
	return err == nil, err
}

// RenameChat sets a room's title with one conditional UpdateItem: the key
// is (owner, room), so the item exists only as the owner's, and the
// condition requires it to exist and not be
// marked for deletion, so another user's room, a missing one or one being
// deleted is ENOTFOUND and nothing is created.
func (db *DB) RenameChat(ctx context.Context, userID, chatID, title string) (*namebot.Chat, error) {
	out, err := db.API.UpdateItem(ctx, &dynamodb.UpdateItemInput{
		TableName:                 &db.Tables.Chats,
		Key:                       chatKey(userID, chatID),
		UpdateExpression:          ptr("SET title = :t"),
		ConditionExpression:       ptr("attribute_exists(id) AND attribute_not_exists(deleted)"),
		ExpressionAttributeValues: map[string]types.AttributeValue{":t": attrS(title)},
		ReturnValues:              types.ReturnValueAllNew,
	})
	if isConditionFailed(err) {
		return nil, notFound("chat_not_found")
	}
	if err != nil {
		return nil, failed("rename chat", err)
	}
	return chatFrom(out.Attributes), nil
}

// DeleteChat marks the room deleted, deletes its messages and requests,
// then the room. Each step is idempotent: a failure halfway leaves a
// marked room (invisible, refusing sends) that can be deleted again. The
// mark is conditional on the room existing under (userID, chatID), which
// is also what makes the sweep of chatID's messages the owner's to make:
// no room, ENOTFOUND and nothing swept. A room item is deleted only after
// its sweep, and a send that writes after the sweep takes its write back,
// so a missing room has nothing left to sweep.
func (db *DB) DeleteChat(ctx context.Context, userID, chatID string) error {
	_, err := db.API.UpdateItem(ctx, &dynamodb.UpdateItemInput{
		TableName:                 &db.Tables.Chats,
		Key:                       chatKey(userID, chatID),
		UpdateExpression:          ptr("SET deleted = :t REMOVE updated_at"),
		ConditionExpression:       ptr("attribute_exists(id)"),
		ExpressionAttributeValues: map[string]types.AttributeValue{":t": attrS(ts(time.Now()))},
	})
	if isConditionFailed(err) {
		return notFound("chat_not_found")
	}
	if err != nil {
		return failed("delete chat: mark", err)
	}
	var keys []map[string]types.AttributeValue
	err = db.queryAll(ctx, &dynamodb.QueryInput{
		TableName:                 &db.Tables.Messages,
		KeyConditionExpression:    ptr("chat_id = :c"),
		ExpressionAttributeValues: map[string]types.AttributeValue{":c": attrS(chatID)},
		ProjectionExpression:      ptr("chat_id, id"),
		ConsistentRead:            ptr(true),
	}, func(it map[string]types.AttributeValue) {
		keys = append(keys, map[string]types.AttributeValue{"chat_id": attrS(chatID), "id": attrS(str(it, "id"))})
	})
	if err != nil {
		return failed("delete chat: list messages", err)
	}
	if err := db.batchDelete(ctx, db.Tables.Messages, keys); err != nil {
		return failed("delete chat: messages", err)
	}
	if _, err := db.API.DeleteItem(ctx, &dynamodb.DeleteItemInput{TableName: &db.Tables.Chats, Key: chatKey(userID, chatID)}); err != nil {
		return failed("delete chat", err)
	}
	return nil
}

// DeleteUserChats deletes every room of userID with its messages. One
// consistent pass is enough once the user is marked deleting: a room
// created after the pass's query is found and deleted by its creator,
// which reads the user after writing the room (chat.Service.Create).
func (db *DB) DeleteUserChats(ctx context.Context, userID string) error {
	var ids []string
	err := db.queryAll(ctx, &dynamodb.QueryInput{
		TableName:                 &db.Tables.Chats,
		KeyConditionExpression:    ptr("user_id = :u"),
		ExpressionAttributeValues: map[string]types.AttributeValue{":u": attrS(userID)},
		ProjectionExpression:      ptr("id"),
		ConsistentRead:            ptr(true),
	}, func(it map[string]types.AttributeValue) { ids = append(ids, str(it, "id")) })
	if err != nil {
		return failed("delete user chats", err)
	}
	for _, id := range ids {
		// Not found: deleted meanwhile by its own DELETE.
		if err := db.DeleteChat(ctx, userID, id); err != nil && namebot.ErrorCode(err) != namebot.ENOTFOUND {
			return err
		}
	}
	return nil
}

func messageItem(m *namebot.Message) (map[string]types.AttributeValue, error) {
	sugg, err := json.Marshal(m.Suggestions)
	if err != nil {
		return nil, err
	}
	it := map[string]types.AttributeValue{
		"chat_id": attrS(m.ChatID), "id": attrS(m.ID), "user_id": attrS(m.UserID), "is_user": attrBool(m.IsUser),
		"content": attrS(m.Content), "suggestions": attrS(string(sugg)), "status": attrS(m.Status), "offline": attrBool(m.Offline),
		"created_at": attrS(ts(m.CreatedAt)),
	}
	if m.ClientMessageID != "" {
		it["client_message_id"] = attrS(m.ClientMessageID)
	}
	if m.AnswerID != "" {
		it["answer_id"] = attrS(m.AnswerID)
	}
	if m.Kind != "" {
		it["kind"] = attrS(m.Kind)
	}
	return it, nil
}

func messageFrom(it map[string]types.AttributeValue) *namebot.Message {
	m := &namebot.Message{
		ID: str(it, "id"), ChatID: str(it, "chat_id"), UserID: str(it, "user_id"), IsUser: boolean(it, "is_user"),
		Content: str(it, "content"), Status: str(it, "status"), Offline: boolean(it, "offline"),
		ClientMessageID: str(it, "client_message_id"), AnswerID: str(it, "answer_id"), CreatedAt: parseTS(str(it, "created_at")),
		Kind: str(it, "kind"),
	}
	if raw := str(it, "suggestions"); raw != "" {
		_ = json.Unmarshal([]byte(raw), &m.Suggestions)
	}
	if m.Suggestions == nil {
		m.Suggestions = []naming.Suggestion{}
	}
	return m
}

// PutMessage stores (or replaces) a message.
func (db *DB) PutMessage(ctx context.Context, m *namebot.Message) error {
	it, err := messageItem(m)
	if err != nil {
		return failed("put message: encode", err)
	}
	if _, err := db.API.PutItem(ctx, &dynamodb.PutItemInput{TableName: &db.Tables.Messages, Item: it}); err != nil {
		return failed("put message", err)
	}
	return nil
}

// FindMessage returns one message of a room.
func (db *DB) FindMessage(ctx context.Context, chatID, id string) (*namebot.Message, error) {
	out, err := db.API.GetItem(ctx, &dynamodb.GetItemInput{
		TableName:      &db.Tables.Messages,
		Key:            map[string]types.AttributeValue{"chat_id": attrS(chatID), "id": attrS(id)},
		ConsistentRead: ptr(true),
	})
	if err != nil {
		return nil, failed("find message", err)
	}
	if out.Item == nil {
		return nil, notFound("not_found")
	}
	return messageFrom(out.Item), nil
}

// FindMessages returns up to limit messages older than cursor, newest first.
func (db *DB) FindMessages(ctx context.Context, chatID, cursor string, limit int) (namebot.Page[*namebot.Message], error) {
	var page namebot.Page[*namebot.Message]
	start, err := decodeCursor(cursor, "chat_id", chatID, validIDField, "id")
	if err != nil {
		return page, err
	}
	out, err := db.API.Query(ctx, &dynamodb.QueryInput{
		TableName:                 &db.Tables.Messages,
		KeyConditionExpression:    ptr("chat_id = :c AND id < :req"),
		ExpressionAttributeValues: map[string]types.AttributeValue{":c": attrS(chatID), ":req": attrS(reqPrefix)},
		ScanIndexForward:          ptr(false),
		Limit:                     ptr(int32(limit + 1)),
		ExclusiveStartKey:         start,
	})
	if err != nil {
		return page, failed("list messages", err)
	}
	items, next := trimPage(out.Items, limit, "id")
	for _, it := range items {
		page.Items = append(page.Items, messageFrom(it))
	}
	page.NextCursor = next
	return page, nil
}

func requestKey(chatID, clientID string) map[string]types.AttributeValue {
	return map[string]types.AttributeValue{"chat_id": attrS(chatID), "id": attrS(reqPrefix + clientID)}
}

func requestFrom(it map[string]types.AttributeValue) *namebot.SendRequest {
	return &namebot.SendRequest{
		ChatID: str(it, "chat_id"), ClientMessageID: str(it, "client_message_id"), UserID: str(it, "user_id"),
		ContentHash: str(it, "content_hash"), UserMessageID: str(it, "user_message_id"), BotMessageID: str(it, "bot_message_id"),
		State: namebot.SendState(str(it, "state")), Day: str(it, "day"), LeaseUntil: time.Unix(0, num(it, "lease_until")),
		CreatedAt: parseTS(str(it, "created_at")),
	}
}

func requestItem(r *namebot.SendRequest) map[string]types.AttributeValue {
	it := requestKey(r.ChatID, r.ClientMessageID)
	it["client_message_id"] = attrS(r.ClientMessageID)
	it["user_id"] = attrS(r.UserID)
	it["content_hash"] = attrS(r.ContentHash)
	it["user_message_id"] = attrS(r.UserMessageID)
	it["bot_message_id"] = attrS(r.BotMessageID)
	it["state"] = attrS(string(r.State))
	it["day"] = attrS(r.Day)
	it["lease_until"] = attrN(r.LeaseUntil.UnixNano())
	it["created_at"] = attrS(ts(r.CreatedAt))
	return it
}

// StoreExchange writes the question, the answer and the request's end
// state with one BatchWriteItem, retrying unprocessed items.
func (db *DB) StoreExchange(ctx context.Context, r *namebot.SendRequest, question, answer *namebot.Message) error {
	var reqs []types.WriteRequest
	for _, m := range []*namebot.Message{question, answer} {
		it, err := messageItem(m)
		if err != nil {
			return failed("store exchange: encode", err)
		}
		reqs = append(reqs, types.WriteRequest{PutRequest: &types.PutRequest{Item: it}})
	}
	reqs = append(reqs, types.WriteRequest{PutRequest: &types.PutRequest{Item: requestItem(r)}})
	if err := db.batchWrite(ctx, db.Tables.Messages, reqs); err != nil {
		return failed("store exchange", err)
	}
	return nil
}

// BeginSend records a new send request unless one with its key exists.
func (db *DB) BeginSend(ctx context.Context, r *namebot.SendRequest) (*namebot.SendRequest, bool, error) {
	it := requestItem(r)
	_, err := db.API.PutItem(ctx, &dynamodb.PutItemInput{
		TableName: &db.Tables.Messages, Item: it, ConditionExpression: ptr("attribute_not_exists(id)"),
	})
	if err == nil {
		return nil, true, nil
	}
	if !isConditionFailed(err) {
		return nil, false, failed("begin send", err)
	}
	out, err := db.API.GetItem(ctx, &dynamodb.GetItemInput{TableName: &db.Tables.Messages, Key: requestKey(r.ChatID, r.ClientMessageID), ConsistentRead: ptr(true)})
	if err != nil {
		return nil, false, failed("begin send: read existing", err)
	}
	if out.Item == nil {
		// Deleted between our write and our read (a refused attempt
		// cleaned up): the caller may simply try again.
		return nil, false, namebot.Errorf(namebot.ECONFLICT, "message_in_flight")
	}
	return requestFrom(out.Item), false, nil
}

// RetakeSend moves a request from fromState back to pending with a new
// lease, only if it is still in fromState with the lease it was read with.
func (db *DB) RetakeSend(ctx context.Context, r *namebot.SendRequest, fromState namebot.SendState, now, lease time.Time) (bool, error) {
	_, err := db.API.UpdateItem(ctx, &dynamodb.UpdateItemInput{
		TableName:                &db.Tables.Messages,
		Key:                      requestKey(r.ChatID, r.ClientMessageID),
		UpdateExpression:         ptr("SET #st = :pending, lease_until = :lease, #d = :day"),
		ConditionExpression:      ptr("#st = :from AND lease_until = :old"),
		ExpressionAttributeNames: map[string]string{"#st": "state", "#d": "day"},
		ExpressionAttributeValues: map[string]types.AttributeValue{
			":pending": attrS(string(namebot.SendPending)), ":lease": attrN(lease.UnixNano()), ":from": attrS(string(fromState)),
			":old": attrN(r.LeaseUntil.UnixNano()), ":day": attrS(r.Day),
		},
	})
	if isConditionFailed(err) {
		return false, nil
	}
	if err != nil {
		return false, failed("retake send", err)
	}
	r.State, r.LeaseUntil = namebot.SendPending, lease
	return true, nil
}

// FinishSend records the end state of a request. It never creates one: a
// request swept with its room stays gone.
func (db *DB) FinishSend(ctx context.Context, r *namebot.SendRequest) error {
	_, err := db.API.UpdateItem(ctx, &dynamodb.UpdateItemInput{
		TableName:                 &db.Tables.Messages,
		Key:                       requestKey(r.ChatID, r.ClientMessageID),
		UpdateExpression:          ptr("SET #st = :st, bot_message_id = :bot"),
		ConditionExpression:       ptr("attribute_exists(id)"),
		ExpressionAttributeNames:  map[string]string{"#st": "state"},
		ExpressionAttributeValues: map[string]types.AttributeValue{":st": attrS(string(r.State)), ":bot": attrS(r.BotMessageID)},
	})
	if err != nil && !isConditionFailed(err) {
		return failed("finish send", err)
	}
	return nil
}

// AbandonSend deletes a request that was refused.
func (db *DB) AbandonSend(ctx context.Context, r *namebot.SendRequest) error {
	_, err := db.API.DeleteItem(ctx, &dynamodb.DeleteItemInput{TableName: &db.Tables.Messages, Key: requestKey(r.ChatID, r.ClientMessageID)})
	if err != nil {
		return failed("abandon send", err)
	}
	return nil
}

// UndoSend deletes a request and its two messages (one BatchWriteItem).
func (db *DB) UndoSend(ctx context.Context, r *namebot.SendRequest) error {
	keys := []map[string]types.AttributeValue{requestKey(r.ChatID, r.ClientMessageID)}
	for _, id := range []string{r.UserMessageID, r.BotMessageID} {
		keys = append(keys, map[string]types.AttributeValue{"chat_id": attrS(r.ChatID), "id": attrS(id)})
	}
	if err := db.batchDelete(ctx, db.Tables.Messages, keys); err != nil {
		return failed("undo send", err)
	}
	return nil
}
