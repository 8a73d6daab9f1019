package dynamo

import (
	"context"
	"strings"
	"time"

	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"

	"namebot/pkg/namebot"
)

// The users table has one partition key, pk, and three kinds of item:
//
//	user#<id>          the user
//	email#<email>      the claim that makes an email unique; holds user_id
//	throttle#<email>   failed-login record, expires by TTL (expires_at)
//	oauth#<provider>#<provider user id>   a provider identity; holds user_id
//	oauthstate#<state>  a pending provider sign-in, expires by TTL (oauth.go)
//	signup#<address>#<day>  sign-ups from one client address on a UTC day (TTL)
//
// The user item names its provider identities (oauth_<provider>
// attributes) so that deleting the user finds their link items.
//
// A user is written before its email claim: if the claim then fails (the
// email is taken) the user item is deleted again, and a crash in between
// leaves only an unreachable user item, never a claim without a user.
//
// Account deletion first sets `deleting` on the user item (the tombstone):
// from then on the user is gone for every route, and every writer that
// makes something the user owns reads the user again after its write and
// takes the write back when it finds the tombstone (or no user).

const throttleWindow = time.Hour

func userKey(id string) map[string]types.AttributeValue {
	return map[string]types.AttributeValue{"pk": attrS("user#" + id)}
}

func emailKey(email string) map[string]types.AttributeValue {
	return map[string]types.AttributeValue{"pk": attrS("email#" + email)}
}

func throttleKey(email string) map[string]types.AttributeValue {
	return map[string]types.AttributeValue{"pk": attrS("throttle#" + email)}
}

func userItem(u *namebot.User) map[string]types.AttributeValue {
	item := map[string]types.AttributeValue{
		"pk":            attrS("user#" + u.ID),
		"id":            attrS(u.ID),
		"email":         attrS(u.Email),
		"nickname":      attrS(u.Nickname),
		"password_hash": attrS(u.PasswordHash),
		"is_manager":    attrBool(u.IsManager),
		"cred_version":  attrN(u.CredVersion),
		"created_at":    attrS(ts(u.CreatedAt)),
		"updated_at":    attrS(ts(u.UpdatedAt)),
	}
	for p, sub := range u.Links {
		item[linkAttr+p] = attrS(sub)
	}
	return item
}

func userFrom(item map[string]types.AttributeValue) *namebot.User {
	u := &namebot.User{
		ID:           str(item, "id"),
		Email:        str(item, "email"),
		Nickname:     str(item, "nickname"),
		PasswordHash: str(item, "password_hash"),
		IsManager:    boolean(item, "is_manager"),
		Deleting:     str(item, "deleting") != "",
		CredVersion:  num(item, "cred_version"),
		CredSID:      str(item, "cred_sid"),
		CreatedAt:    parseTS(str(item, "created_at")),
		UpdatedAt:    parseTS(str(item, "updated_at")),
	}
	for k := range item {
		if p, ok := strings.CutPrefix(k, linkAttr); ok {
			if u.Links == nil {
				u.Links = map[string]string{}
			}
			u.Links[p] = str(item, k)
		}
	}
	return u
}

// CreateUser stores u and claims its email.
func (db *DB) CreateUser(ctx context.Context, u *namebot.User) error {
	_, err := db.API.PutItem(ctx, &dynamodb.PutItemInput{
		TableName:           &db.Tables.Users,
		Item:                userItem(u),
		ConditionExpression: ptr("attribute_not_exists(pk)"),
	})
	if err != nil {
		return failed("create user", err)
	}
	claim := emailKey(u.Email)
	claim["user_id"] = attrS(u.ID)
	claim["created_at"] = attrS(ts(u.CreatedAt))
	_, err = db.API.PutItem(ctx, &dynamodb.PutItemInput{
		TableName:           &db.Tables.Users,
		Item:                claim,
		ConditionExpression: ptr("attribute_not_exists(pk)"),
	})
	if err == nil {
		return nil
	}
	// Compensate: the user item must not outlive a failed claim.
	if _, derr := db.API.DeleteItem(ctx, &dynamodb.DeleteItemInput{TableName: &db.Tables.Users, Key: userKey(u.ID)}); derr != nil {
		return failed("create user: undo after claim failure", derr)
	}
	if isConditionFailed(err) {
		return namebot.Errorf(namebot.ECONFLICT, "email_taken")
	}
	return failed("create user: claim email", err)
}

// FindUserByID returns the user with id.
func (db *DB) FindUserByID(ctx context.Context, id string) (*namebot.User, error) {
	out, err := db.API.GetItem(ctx, &dynamodb.GetItemInput{TableName: &db.Tables.Users, Key: userKey(id), ConsistentRead: ptr(true)})
	if err != nil {
		return nil, failed("find user", err)
	}
	if out.Item == nil {
		return nil, notFound("user_gone")
	}
	return userFrom(out.Item), nil
}

// FindUserAndUsage reads a user and their counter for day in one
// BatchGetItem (the profile).
func (db *DB) FindUserAndUsage(ctx context.Context, id, day string) (*namebot.User, int, error) {
	got, err := db.batchGet(ctx, "find user and usage", map[string]map[string]types.AttributeValue{
		db.Tables.Users: userKey(id), db.Tables.Counters: counterKey(id, day),
	})
	if err != nil {
		return nil, 0, err
	}
	it, ok := got[db.Tables.Users]
	if !ok {
		return nil, 0, notFound("user_gone")
	}
	return userFrom(it), int(num(got[db.Tables.Counters], "used")), nil
}

// FindUserByEmail follows the email claim to the user.
func (db *DB) FindUserByEmail(ctx context.Context, email string) (*namebot.User, error) {
	out, err := db.API.GetItem(ctx, &dynamodb.GetItemInput{TableName: &db.Tables.Users, Key: emailKey(email), ConsistentRead: ptr(true)})
	if err != nil {
		return nil, failed("find user by email", err)
	}
	if out.Item == nil {
		return nil, notFound("user_gone")
	}
	u, err := db.FindUserByID(ctx, str(out.Item, "user_id"))
	if err != nil {
		return nil, err
	}
	if u.Email != email {
		return nil, notFound("user_gone")
	}
	return u, nil
}

// UpdateUser applies upd to the user with id.
func (db *DB) UpdateUser(ctx context.Context, id string, upd namebot.UserUpdate, now time.Time) (*namebot.User, error) {
	expr := "SET updated_at = :now"
	vals := map[string]types.AttributeValue{":now": attrS(ts(now))}
	if upd.Nickname != nil {
		expr += ", nickname = :nick"
		vals[":nick"] = attrS(*upd.Nickname)
	}
	if upd.PasswordHash != nil {
		// One write: the new hash, the next credentials version and the
		// session that keeps working (namebot.User.CredVersion).
		expr += ", password_hash = :hash, cred_sid = :sid ADD cred_version :one"
		vals[":hash"] = attrS(*upd.PasswordHash)
		vals[":sid"] = attrS(upd.KeepSID)
		vals[":one"] = attrN(1)
	}
	out, err := db.API.UpdateItem(ctx, &dynamodb.UpdateItemInput{
		TableName:                 &db.Tables.Users,
		Key:                       userKey(id),
		UpdateExpression:          &expr,
		ConditionExpression:       ptr("attribute_exists(pk) AND attribute_not_exists(deleting)"),
		ExpressionAttributeValues: vals,
		ReturnValues:              types.ReturnValueAllNew,
	})
	if isConditionFailed(err) {
		return nil, notFound("user_gone")
	}
	if err != nil {
		return nil, failed("update user", err)
	}
	return userFrom(out.Attributes), nil
}

// MarkUserDeleting sets the deletion tombstone on the user item.
func (db *DB) MarkUserDeleting(ctx context.Context, id string, now time.Time) error {
	_, err := db.API.UpdateItem(ctx, &dynamodb.UpdateItemInput{
		TableName:                 &db.Tables.Users,
		Key:                       userKey(id),
		UpdateExpression:          ptr("SET deleting = if_not_exists(deleting, :now)"),
		ConditionExpression:       ptr("attribute_exists(pk)"),
		ExpressionAttributeValues: map[string]types.AttributeValue{":now": attrS(ts(now))},
	})
	if isConditionFailed(err) {
		return notFound("user_gone")
	}
	if err != nil {
		return failed("mark user deleting", err)
	}
	return nil
}

// DeleteUser removes the provider links and frees the email first, then
// deletes the user: a crash in between leaves an unreachable user item,
// and the email and the identities can sign up again.
func (db *DB) DeleteUser(ctx context.Context, u *namebot.User) error {
	for p, sub := range u.Links {
		if err := db.UnclaimOAuthLink(ctx, u.ID, p, sub); err != nil {
			return err
		}
	}
	_, err := db.API.DeleteItem(ctx, &dynamodb.DeleteItemInput{
		TableName:                 &db.Tables.Users,
		Key:                       emailKey(u.Email),
		ConditionExpression:       ptr("user_id = :id"),
		ExpressionAttributeValues: map[string]types.AttributeValue{":id": attrS(u.ID)},
	})
	if err != nil && !isConditionFailed(err) {
		return failed("delete user: free email", err)
	}
	if _, err := db.API.DeleteItem(ctx, &dynamodb.DeleteItemInput{TableName: &db.Tables.Users, Key: userKey(u.ID)}); err != nil {
		return failed("delete user", err)
	}
	return nil
}

// SetManager sets is_manager on the user with email.
func (db *DB) SetManager(ctx context.Context, email string, manager bool) (*namebot.User, error) {
	u, err := db.FindUserByEmail(ctx, namebot.NormalizeEmail(email))
	if err != nil {
		return nil, err
	}
	out, err := db.API.UpdateItem(ctx, &dynamodb.UpdateItemInput{
		TableName:                 &db.Tables.Users,
		Key:                       userKey(u.ID),
		UpdateExpression:          ptr("SET is_manager = :m"),
		ConditionExpression:       ptr("attribute_exists(pk)"),
		ExpressionAttributeValues: map[string]types.AttributeValue{":m": attrBool(manager)},
		ReturnValues:              types.ReturnValueAllNew,
	})
	if err != nil {
		return nil, failed("set manager", err)
	}
	return userFrom(out.Attributes), nil
}

// CountSignup takes one sign-up of addr on day: one conditional UpdateItem
// on signup#<addr>#<day> (TTL two days later), like the daily quota.
func (db *DB) CountSignup(ctx context.Context, addr, day string, limit int) (bool, error) {
	exp := time.Now().Add(48 * time.Hour).Unix()
	_, err := db.API.UpdateItem(ctx, &dynamodb.UpdateItemInput{
		TableName:           &db.Tables.Users,
		Key:                 map[string]types.AttributeValue{"pk": attrS("signup#" + addr + "#" + day)},
		UpdateExpression:    ptr("ADD signups :one SET expires_at = :exp"),
		ConditionExpression: ptr("attribute_not_exists(signups) OR signups < :limit"),
		ExpressionAttributeValues: map[string]types.AttributeValue{
			":one": attrN(1), ":exp": attrN(exp), ":limit": attrN(int64(limit)),
		},
	})
	if isConditionFailed(err) {
		return false, nil
	}
	if err != nil {
		return false, failed("count signup", err)
	}
	return true, nil
}

// FindLoginThrottle returns the failure record of email; records older than
// the window count as none.
func (db *DB) FindLoginThrottle(ctx context.Context, email string) (namebot.LoginThrottle, error) {
	out, err := db.API.GetItem(ctx, &dynamodb.GetItemInput{TableName: &db.Tables.Users, Key: throttleKey(email), ConsistentRead: ptr(true)})
	if err != nil {
		return namebot.LoginThrottle{}, failed("find login throttle", err)
	}
	if out.Item == nil {
		return namebot.LoginThrottle{}, nil
	}
	last := time.Unix(0, num(out.Item, "last_failure_ns"))
	if time.Since(last) > throttleWindow {
		return namebot.LoginThrottle{}, nil
	}
	return namebot.LoginThrottle{Failures: int(num(out.Item, "failures")), LastFailure: last}, nil
}

// RecordLoginFailure adds a failure, starting a new count when the last
// failure is older than the window.
func (db *DB) RecordLoginFailure(ctx context.Context, email string, now time.Time) error {
	exp := now.Add(throttleWindow + time.Hour).Unix()
	_, err := db.API.UpdateItem(ctx, &dynamodb.UpdateItemInput{
		TableName:           &db.Tables.Users,
		Key:                 throttleKey(email),
		UpdateExpression:    ptr("ADD failures :one SET last_failure_ns = :now, expires_at = :exp"),
		ConditionExpression: ptr("last_failure_ns > :cutoff"),
		ExpressionAttributeValues: map[string]types.AttributeValue{
			":one": attrN(1), ":now": attrN(now.UnixNano()), ":exp": attrN(exp), ":cutoff": attrN(now.Add(-throttleWindow).UnixNano()),
		},
	})
	if err == nil {
		return nil
	}
	if !isConditionFailed(err) {
		return failed("record login failure", err)
	}
	item := throttleKey(email)
	item["failures"] = attrN(1)
	item["last_failure_ns"] = attrN(now.UnixNano())
	item["expires_at"] = attrN(exp)
	if _, err := db.API.PutItem(ctx, &dynamodb.PutItemInput{TableName: &db.Tables.Users, Item: item}); err != nil {
		return failed("record login failure", err)
	}
	return nil
}

// ClearLoginFailures forgets the failures of email after a good login.
func (db *DB) ClearLoginFailures(ctx context.Context, email string) error {
	if _, err := db.API.DeleteItem(ctx, &dynamodb.DeleteItemInput{TableName: &db.Tables.Users, Key: throttleKey(email)}); err != nil {
		return failed("clear login failures", err)
	}
	return nil
}
