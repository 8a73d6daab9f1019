package local

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
)

// CreateTables creates every table the template declares, named by logical
// id, unless it exists. TTL is not set: dynalite has no UpdateTimeToLive
// (nothing expires locally; the template sets it on AWS).
func CreateTables(ctx context.Context, c *dynamodb.Client, t *Template) error {
	// One ListTables first: on a warm start every table exists, and six
	// CreateTable and DescribeTable calls in a row cost ~15 ms of start-up.
	existing := map[string]bool{}
	var start *string
	for {
		out, err := c.ListTables(ctx, &dynamodb.ListTablesInput{ExclusiveStartTableName: start})
		if err != nil {
			return fmt.Errorf("list tables: %w", err)
		}
		for _, name := range out.TableNames {
			existing[name] = true
		}
		if start = out.LastEvaluatedTableName; start == nil {
			break
		}
	}
	ids := make([]string, 0, len(t.Tables))
	for id := range t.Tables {
		if !existing[id] {
			ids = append(ids, id)
		}
	}
	sort.Strings(ids)
	for _, id := range ids {
		tb := t.Tables[id]
		in := &dynamodb.CreateTableInput{
			TableName:   aws.String(id),
			BillingMode: types.BillingModePayPerRequest,
			KeySchema:   keySchema(tb.HashKey, tb.RangeKey),
		}
		names := make([]string, 0, len(tb.Attributes))
		for name := range tb.Attributes {
			names = append(names, name)
		}
		sort.Strings(names)
		for _, name := range names {
			in.AttributeDefinitions = append(in.AttributeDefinitions, types.AttributeDefinition{
				AttributeName: aws.String(name), AttributeType: types.ScalarAttributeType(tb.Attributes[name]),
			})
		}
		for _, ix := range tb.Indexes {
			in.GlobalSecondaryIndexes = append(in.GlobalSecondaryIndexes, types.GlobalSecondaryIndex{
				IndexName:  aws.String(ix.Name),
				KeySchema:  keySchema(ix.HashKey, ix.RangeKey),
				Projection: &types.Projection{ProjectionType: types.ProjectionType(ix.Projection)},
			})
		}
		_, err := c.CreateTable(ctx, in)
		var inUse *types.ResourceInUseException
		if err != nil && !errors.As(err, &inUse) {
			return fmt.Errorf("create table %s: %w", id, err)
		}
	}
	// Even with --createTableMs 0 a table turns ACTIVE asynchronously: a
	// write right after CreateTable can find no table.
	for _, id := range ids {
		for {
			out, err := c.DescribeTable(ctx, &dynamodb.DescribeTableInput{TableName: aws.String(id)})
			if err == nil && out.Table.TableStatus == types.TableStatusActive {
				break
			}
			select {
			case <-ctx.Done():
				return fmt.Errorf("table %s not active: %w", id, ctx.Err())
			case <-time.After(5 * time.Millisecond):
			}
		}
	}
	return nil
}

func keySchema(hash, rng string) []types.KeySchemaElement {
	ks := []types.KeySchemaElement{{AttributeName: aws.String(hash), KeyType: types.KeyTypeHash}}
	if rng != "" {
		ks = append(ks, types.KeySchemaElement{AttributeName: aws.String(rng), KeyType: types.KeyTypeRange})
	}
	return ks
}
