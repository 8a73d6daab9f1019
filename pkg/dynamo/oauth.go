package dynamo

import (
	"context"
	"strconv"
	"time"

	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"

	"namebot/pkg/namebot"
)

// Provider sign-ins live in the users table:
//
//	oauthstate#<state>                  a pending sign-in (verifier, browser binding, next, link user)
//	oauth#<provider>#<provider user id> the link to a user; holds user_id
//
// and each user item carries oauth_<provider> = <provider user id>.

var _ namebot.OAuthStore = (*DB)(nil)

// linkAttr prefixes the user item's attributes that name its links.
const linkAttr = "oauth_"

func stateKey(id string) map[string]types.AttributeValue {
	return map[string]types.AttributeValue{"pk": attrS("oauthstate#" + id)}
}

func linkKey(provider, subject string) map[string]types.AttributeValue {
	return map[string]types.AttributeValue{"pk": attrS("oauth#" + provider + "#" + subject)}
}

// CreateOAuthState stores a pending sign-in; it expires by TTL on AWS and
// is refused past expires_at everywhere (dynalite has no TTL).
func (db *DB) CreateOAuthState(ctx context.Context, st *namebot.OAuthState) error {
	item := stateKey(st.ID)
	item["provider"] = attrS(st.Provider)
	item["verifier"] = attrS(st.Verifier)
	item["binding"] = attrS(st.BindingHash)
	item["expires_at"] = attrN(st.ExpiresAt.Unix())
	if st.Next != "" {
		item["next"] = attrS(st.Next)
	}
	if st.LinkUserID != "" {
		item["link_user_id"] = attrS(st.LinkUserID)
	}
	_, err := db.API.PutItem(ctx, &dynamodb.PutItemInput{
		TableName: &db.Tables.Users, Item: item, ConditionExpression: ptr("attribute_not_exists(pk)"),
	})
	if err != nil {
		return failed("create oauth state", err)
	}
	return nil
}

// TakeOAuthState deletes the state if it exists and has not expired, and
// returns what it held: of two callbacks with one state exactly one wins.
func (db *DB) TakeOAuthState(ctx context.Context, id string, now time.Time) (*namebot.OAuthState, error) {
	out, err := db.API.DeleteItem(ctx, &dynamodb.DeleteItemInput{
		TableName:                 &db.Tables.Users,
		Key:                       stateKey(id),
		ConditionExpression:       ptr("attribute_exists(pk) AND expires_at > :now"),
		ExpressionAttributeValues: map[string]types.AttributeValue{":now": attrN(now.Unix())},
		ReturnValues:              types.ReturnValueAllOld,
	})
	if isConditionFailed(err) {
		return nil, notFound("oauth_state")
	}
	if err != nil {
		return nil, failed("take oauth state", err)
	}
	it := out.Attributes
	return &namebot.OAuthState{
		ID: id, Provider: str(it, "provider"), Verifier: str(it, "verifier"), BindingHash: str(it, "binding"),
		Next: str(it, "next"), LinkUserID: str(it, "link_user_id"), ExpiresAt: time.Unix(num(it, "expires_at"), 0),
	}, nil
}

// FindOAuthLink returns the user id of (provider, subject).
func (db *DB) FindOAuthLink(ctx context.Context, provider, subject string) (string, error) {
	out, err := db.API.GetItem(ctx, &dynamodb.GetItemInput{TableName: &db.Tables.Users, Key: linkKey(provider, subject), ConsistentRead: ptr(true)})
	if err != nil {
		return "", failed("find oauth link", err)
	}
	if out.Item == nil {
		return "", notFound("oauth_account_gone")
	}
	return str(out.Item, "user_id"), nil
}

// ClaimOAuthLink writes the link item; it must not exist yet.
func (db *DB) ClaimOAuthLink(ctx context.Context, userID, provider, subject string) error {
	item := linkKey(provider, subject)
	item["user_id"] = attrS(userID)
	item["created_at"] = attrS(ts(time.Now()))
	_, err := db.API.PutItem(ctx, &dynamodb.PutItemInput{
		TableName: &db.Tables.Users, Item: item, ConditionExpression: ptr("attribute_not_exists(pk)"),
	})
	if isConditionFailed(err) {
		return namebot.Errorf(namebot.ECONFLICT, "oauth_linked_elsewhere")
	}
	if err != nil {
		return failed("claim oauth link", err)
	}
	return nil
}

// LinkOAuth names the identity on the user, then claims the link item;
// when the claim fails the user's attribute is removed again. A crash in
// between leaves a user naming a link it does not hold: deleting the user
// still works (the conditional unclaim skips it).
func (db *DB) LinkOAuth(ctx context.Context, userID, provider, subject string, now time.Time) error {
	names := map[string]string{"#a": linkAttr + provider}
	_, err := db.API.UpdateItem(ctx, &dynamodb.UpdateItemInput{
		TableName:                 &db.Tables.Users,
		Key:                       userKey(userID),
		UpdateExpression:          ptr("SET #a = :sub, updated_at = :now"),
		ConditionExpression:       ptr("attribute_exists(pk) AND (attribute_not_exists(#a) OR #a = :sub)"),
		ExpressionAttributeNames:  names,
		ExpressionAttributeValues: map[string]types.AttributeValue{":sub": attrS(subject), ":now": attrS(ts(now))},
	})
	if isConditionFailed(err) {
		if _, ferr := db.FindUserByID(ctx, userID); ferr != nil {
			return ferr
		}
		return namebot.Errorf(namebot.ECONFLICT, "oauth_already_linked")
	}
	if err != nil {
		return failed("link oauth", err)
	}
	cerr := db.ClaimOAuthLink(ctx, userID, provider, subject)
	if cerr == nil {
		return nil
	}
	if owner, ferr := db.FindOAuthLink(ctx, provider, subject); ferr == nil && owner == userID {
		return nil // linked already: the same identity linked twice
	}
	_, err = db.API.UpdateItem(ctx, &dynamodb.UpdateItemInput{
		TableName:                 &db.Tables.Users,
		Key:                       userKey(userID),
		UpdateExpression:          ptr("REMOVE #a"),
		ConditionExpression:       ptr("#a = :sub"),
		ExpressionAttributeNames:  names,
		ExpressionAttributeValues: map[string]types.AttributeValue{":sub": attrS(subject)},
	})
	if err != nil && !isConditionFailed(err) {
		return failed("link oauth: undo after claim failure", err)
	}
	return cerr
}

// UnclaimOAuthLink deletes the link item when it names userID.
func (db *DB) UnclaimOAuthLink(ctx context.Context, userID, provider, subject string) error {
	_, err := db.API.DeleteItem(ctx, &dynamodb.DeleteItemInput{
		TableName:                 &db.Tables.Users,
		Key:                       linkKey(provider, subject),
		ConditionExpression:       ptr("user_id = :id"),
		ExpressionAttributeValues: map[string]types.AttributeValue{":id": attrS(userID)},
	})
	if err != nil && !isConditionFailed(err) {
		return failed("unclaim oauth link "+provider+" "+strconv.Quote(subject), err)
	}
	return nil
}
