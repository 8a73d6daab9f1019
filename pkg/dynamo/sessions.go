package dynamo

import (
	"context"
	"strconv"
	"time"

	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"

	"namebot/pkg/namebot"
)

// The sessions table holds one item per refresh-token family, keyed by id:
// user_id, token_hash (current), prev_hash and rotated_at (the token just
// replaced, for the lost-answer grace), prev_hashes (the hashes of the tokens
// replaced before, newest first, between namebot.ReuseMemory and twice
// that many: the tokens whose replay is reuse), revoked, cred_version (the user's
// credentials version at login), created_at, expires_at (idle
// expiry, also the TTL attribute, epoch seconds) and family_expires_at.
// The GSI by_user (user_id, created_at, keys only) finds a user's families.
//
// Rotation is one conditional UpdateItem on the family: of two requests
// presenting the same token, exactly one can win.

func sessionKey(id string) map[string]types.AttributeValue {
	return map[string]types.AttributeValue{"id": attrS(id)}
}

// CreateSession stores a new family.
func (db *DB) CreateSession(ctx context.Context, ss *namebot.Session) error {
	_, err := db.API.PutItem(ctx, &dynamodb.PutItemInput{
		TableName: &db.Tables.Sessions,
		Item: map[string]types.AttributeValue{
			"id":                attrS(ss.ID),
			"user_id":           attrS(ss.UserID),
			"token_hash":        attrS(ss.TokenHash),
			"revoked":           attrBool(false),
			"cred_version":      attrN(ss.CredVersion),
			"created_at":        attrS(ts(ss.CreatedAt)),
			"expires_at":        attrN(ss.ExpiresAt.Unix()),
			"family_expires_at": attrN(ss.CreatedAt.Add(namebot.RefreshFamilyTTL).Unix()),
		},
		ConditionExpression: ptr("attribute_not_exists(id)"),
	})
	if err != nil {
		return failed("create session", err)
	}
	return nil
}

func sessionFrom(item map[string]types.AttributeValue) *namebot.Session {
	exp := time.Unix(num(item, "expires_at"), 0)
	if fam := time.Unix(num(item, "family_expires_at"), 0); fam.Before(exp) {
		exp = fam
	}
	return &namebot.Session{
		ID:          str(item, "id"),
		UserID:      str(item, "user_id"),
		TokenHash:   str(item, "token_hash"),
		Revoked:     boolean(item, "revoked"),
		CredVersion: num(item, "cred_version"),
		CreatedAt:   parseTS(str(item, "created_at")),
		ExpiresAt:   exp,
	}
}

// RotateSession swaps the current token of a family.
func (db *DB) RotateSession(ctx context.Context, id, oldHash, newHash string, now, expires time.Time) (namebot.RotateResult, *namebot.Session, error) {
	out, err := db.API.UpdateItem(ctx, &dynamodb.UpdateItemInput{
		TableName:           &db.Tables.Sessions,
		Key:                 sessionKey(id),
		UpdateExpression:    ptr("SET token_hash = :new, prev_hash = :old, rotated_at = :now, expires_at = :exp, prev_hashes = list_append(:oldl, if_not_exists(prev_hashes, :none))"),
		ConditionExpression: ptr("token_hash = :old AND revoked = :false AND expires_at > :nows AND family_expires_at > :nows"),
		ExpressionAttributeValues: map[string]types.AttributeValue{
			":new": attrS(newHash), ":old": attrS(oldHash), ":now": attrN(now.UnixNano()), ":nows": attrN(now.Unix()),
			":exp": attrN(expires.Unix()), ":false": attrBool(false),
			":oldl": &types.AttributeValueMemberL{Value: []types.AttributeValue{attrS(oldHash)}},
			":none": &types.AttributeValueMemberL{},
		},
		ReturnValues: types.ReturnValueAllNew,
	})
	if err == nil {
		return db.rotated(ctx, id, newHash, out.Attributes)
	}
	if !isConditionFailed(err) {
		return namebot.Invalid, nil, failed("rotate session", err)
	}
	// Why did it fail? Read the family as it is now.
	got, err := db.API.GetItem(ctx, &dynamodb.GetItemInput{TableName: &db.Tables.Sessions, Key: sessionKey(id), ConsistentRead: ptr(true)})
	if err != nil {
		return namebot.Invalid, nil, failed("rotate session: read", err)
	}
	if got.Item == nil {
		return namebot.Invalid, nil, nil
	}
	ss := sessionFrom(got.Item)
	if ss.Revoked || !now.Before(ss.ExpiresAt) {
		return namebot.Invalid, ss, nil
	}
	if str(got.Item, "prev_hash") == oldHash && now.Sub(time.Unix(0, num(got.Item, "rotated_at"))) < namebot.RotationGrace {
		return db.rotateLost(ctx, id, str(got.Item, "token_hash"), oldHash, newHash, now, expires)
	}
	if !issued(got.Item, oldHash) {
		// Not a token of this family: a guess by someone who read the
		// family id. Refused; the owner stays signed in.
		return namebot.Invalid, ss, nil
	}
	if err := db.revoke(ctx, id); err != nil {
		return namebot.Invalid, nil, err
	}
	return namebot.Reused, ss, nil
}

// rotateLost rotates family id again for the token just replaced (oldHash,
// within namebot.RotationGrace of that rotation): its presenter never
// received the answer (a page left while its refresh was on the way, so the
// browser kept the old cookie). The current token, which nobody received,
// joins the remembered ones; prev_hash and rotated_at stay, so the window is
// never extended and the old token is reuse once it closes. If the family
// moved meanwhile, the token is refused and nothing is revoked.
func (db *DB) rotateLost(ctx context.Context, id, curHash, oldHash, newHash string, now, expires time.Time) (namebot.RotateResult, *namebot.Session, error) {
	out, err := db.API.UpdateItem(ctx, &dynamodb.UpdateItemInput{
		TableName:           &db.Tables.Sessions,
		Key:                 sessionKey(id),
		UpdateExpression:    ptr("SET token_hash = :new, expires_at = :exp, prev_hashes = list_append(:curl, if_not_exists(prev_hashes, :none))"),
		ConditionExpression: ptr("token_hash = :cur AND prev_hash = :old AND revoked = :false AND expires_at > :nows AND family_expires_at > :nows"),
		ExpressionAttributeValues: map[string]types.AttributeValue{
			":new": attrS(newHash), ":cur": attrS(curHash), ":old": attrS(oldHash), ":nows": attrN(now.Unix()),
			":exp": attrN(expires.Unix()), ":false": attrBool(false),
			":curl": &types.AttributeValueMemberL{Value: []types.AttributeValue{attrS(curHash)}},
			":none": &types.AttributeValueMemberL{},
		},
		ReturnValues: types.ReturnValueAllNew,
	})
	if isConditionFailed(err) {
		return namebot.Invalid, nil, nil
	}
	if err != nil {
		return namebot.Invalid, nil, failed("rotate session again", err)
	}
	return db.rotated(ctx, id, newHash, out.Attributes)
}

// rotated is the answer of a rotation to newHash that succeeded, item the
// family as written; it trims the remembered tokens first when they reached
// twice namebot.ReuseMemory.
func (db *DB) rotated(ctx context.Context, id, newHash string, item map[string]types.AttributeValue) (namebot.RotateResult, *namebot.Session, error) {
	if l, _ := item["prev_hashes"].(*types.AttributeValueMemberL); l != nil && len(l.Value) >= 2*namebot.ReuseMemory {
		db.trimPrevHashes(ctx, id, newHash, len(l.Value))
	}
	return namebot.Rotated, sessionFrom(item), nil
}

// issued reports whether hash is a previous token of the family item.
func issued(item map[string]types.AttributeValue, hash string) bool {
	if str(item, "prev_hash") == hash {
		return true
	}
	if l, ok := item["prev_hashes"].(*types.AttributeValueMemberL); ok {
		for _, v := range l.Value {
			if h, ok := v.(*types.AttributeValueMemberS); ok && h.Value == hash {
				return true
			}
		}
	}
	return false
}

// trimPrevHashes cuts the remembered tokens of family id back to the
// newest namebot.ReuseMemory, unless the family rotated again meanwhile
// (then the next rotation trims). Best effort: a failure leaves a longer
// list, never a shorter one.
func (db *DB) trimPrevHashes(ctx context.Context, id, current string, length int) {
	expr := "REMOVE "
	for i := namebot.ReuseMemory; i < length; i++ {
		if i > namebot.ReuseMemory {
			expr += ", "
		}
		expr += "prev_hashes[" + strconv.Itoa(i) + "]"
	}
	_, _ = db.API.UpdateItem(ctx, &dynamodb.UpdateItemInput{
		TableName:                 &db.Tables.Sessions,
		Key:                       sessionKey(id),
		UpdateExpression:          &expr,
		ConditionExpression:       ptr("token_hash = :cur"),
		ExpressionAttributeValues: map[string]types.AttributeValue{":cur": attrS(current)},
	})
}

func (db *DB) revoke(ctx context.Context, id string) error {
	_, err := db.API.UpdateItem(ctx, &dynamodb.UpdateItemInput{
		TableName:                 &db.Tables.Sessions,
		Key:                       sessionKey(id),
		UpdateExpression:          ptr("SET revoked = :true"),
		ConditionExpression:       ptr("attribute_exists(id)"),
		ExpressionAttributeValues: map[string]types.AttributeValue{":true": attrBool(true)},
	})
	if err != nil && !isConditionFailed(err) {
		return failed("revoke session", err)
	}
	return nil
}

// RevokeSession revokes family id when it belongs to userID; someone
// else's family is left alone without saying so.
func (db *DB) RevokeSession(ctx context.Context, id, userID string) error {
	_, err := db.API.UpdateItem(ctx, &dynamodb.UpdateItemInput{
		TableName:                 &db.Tables.Sessions,
		Key:                       sessionKey(id),
		UpdateExpression:          ptr("SET revoked = :true"),
		ConditionExpression:       ptr("user_id = :uid"),
		ExpressionAttributeValues: map[string]types.AttributeValue{":true": attrBool(true), ":uid": attrS(userID)},
	})
	if err != nil && !isConditionFailed(err) {
		return failed("revoke session", err)
	}
	return nil
}

// RevokeUserSessions deletes every family of userID but exceptID.
func (db *DB) RevokeUserSessions(ctx context.Context, userID, exceptID string) error {
	var keys []map[string]types.AttributeValue
	err := db.queryAll(ctx, &dynamodb.QueryInput{
		TableName:                 &db.Tables.Sessions,
		IndexName:                 ptr("by_user"),
		KeyConditionExpression:    ptr("user_id = :uid"),
		ExpressionAttributeValues: map[string]types.AttributeValue{":uid": attrS(userID)},
	}, func(it map[string]types.AttributeValue) {
		if id := str(it, "id"); id != exceptID {
			keys = append(keys, sessionKey(id))
		}
	})
	if err != nil {
		return failed("list sessions", err)
	}
	if err := db.batchDelete(ctx, db.Tables.Sessions, keys); err != nil {
		return failed("revoke sessions", err)
	}
	return nil
}
