package dynamo

import (
	"context"
	"time"

	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
)

// The counters table holds the daily quota: partition key user_id, sort key
// day (YYYY-MM-DD in QUOTA_TZ), attribute used, TTL attribute expires_at.
//
// Spend is the whole limit check: `ADD used 1` runs only while used < limit,
// in one conditional UpdateItem, so DynamoDB's per-item serialisation makes
// 100 simultaneous sends yield exactly limit successes.

func counterKey(userID, day string) map[string]types.AttributeValue {
	return map[string]types.AttributeValue{"user_id": attrS(userID), "day": attrS(day)}
}

// Spend takes one unit when the day's counter is below limit.
func (db *DB) Spend(ctx context.Context, userID, day string, limit int, expires time.Time) (int, bool, error) {
	out, err := db.API.UpdateItem(ctx, &dynamodb.UpdateItemInput{
		TableName:           &db.Tables.Counters,
		Key:                 counterKey(userID, day),
		UpdateExpression:    ptr("ADD used :one SET expires_at = :exp"),
		ConditionExpression: ptr("attribute_not_exists(used) OR used < :limit"),
		ExpressionAttributeValues: map[string]types.AttributeValue{
			":one": attrN(1), ":limit": attrN(int64(limit)), ":exp": attrN(expires.Unix()),
		},
		ReturnValues: types.ReturnValueUpdatedNew,
	})
	if isConditionFailed(err) {
		return limit, false, nil
	}
	if err != nil {
		return 0, false, failed("spend quota", err)
	}
	return int(num(out.Attributes, "used")), true, nil
}

// Refund gives one unit back; it never takes the counter below zero.
func (db *DB) Refund(ctx context.Context, userID, day string) error {
	_, err := db.API.UpdateItem(ctx, &dynamodb.UpdateItemInput{
		TableName:                 &db.Tables.Counters,
		Key:                       counterKey(userID, day),
		UpdateExpression:          ptr("ADD used :minus"),
		ConditionExpression:       ptr("used > :zero"),
		ExpressionAttributeValues: map[string]types.AttributeValue{":minus": attrN(-1), ":zero": attrN(0)},
	})
	if err != nil && !isConditionFailed(err) {
		return failed("refund quota", err)
	}
	return nil
}

// Used returns the day's counter.
func (db *DB) Used(ctx context.Context, userID, day string) (int, error) {
	out, err := db.API.GetItem(ctx, &dynamodb.GetItemInput{TableName: &db.Tables.Counters, Key: counterKey(userID, day), ConsistentRead: ptr(true)})
	if err != nil {
		return 0, failed("read quota", err)
	}
	return int(num(out.Item, "used")), nil
}

// DeleteQuotas removes all counters of a user.
func (db *DB) DeleteQuotas(ctx context.Context, userID string) error {
	var keys []map[string]types.AttributeValue
	err := db.queryAll(ctx, &dynamodb.QueryInput{
		TableName:                 &db.Tables.Counters,
		KeyConditionExpression:    ptr("user_id = :uid"),
		ExpressionAttributeValues: map[string]types.AttributeValue{":uid": attrS(userID)},
		ProjectionExpression:      ptr("user_id, #d"),
		ExpressionAttributeNames:  map[string]string{"#d": "day"},
	}, func(it map[string]types.AttributeValue) { keys = append(keys, counterKey(userID, str(it, "day"))) })
	if err != nil {
		return failed("list quotas", err)
	}
	if err := db.batchDelete(ctx, db.Tables.Counters, keys); err != nil {
		return failed("delete quotas", err)
	}
	return nil
}
