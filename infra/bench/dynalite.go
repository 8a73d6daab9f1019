package main

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"

	"namebot/pkg/dynamo"
)

// DynaliteBaseline is dynalite alone, through the same SDK client the
// server uses, on the same disk: what one DynamoDB call costs here. Every
// route's latency is at least its calls' share of this (dynalite runs one
// JavaScript thread, so calls the server makes concurrently still queue
// there), and its throughput at most what this allows.
type DynaliteBaseline struct {
	Get    Summary `json:"getitem_one_client"`
	Put    Summary `json:"putitem_one_client"`
	GetRPS float64 `json:"getitem_per_second_concurrent"`
	CPU    CPU     `json:"getitem_concurrent_cpu"`
}

// probeDynalite times GetItem and PutItem of one small item in table
// (hash key user_id, range key day: the counters table), one at a time,
// then GetItem from clients goroutines for dur.
func probeDynalite(ctx context.Context, api dynamo.API, table string, clients int, dur time.Duration, w watch) (DynaliteBaseline, error) {
	var b DynaliteBaseline
	key := func(i int) map[string]types.AttributeValue {
		return map[string]types.AttributeValue{
			"user_id": &types.AttributeValueMemberS{Value: "bench-probe"},
			"day":     &types.AttributeValueMemberS{Value: fmt.Sprintf("probe-%d", i%50)},
		}
	}
	put := func(i int) error {
		item := key(i)
		item["used"] = &types.AttributeValueMemberN{Value: "1"}
		_, err := api.PutItem(ctx, &dynamodb.PutItemInput{TableName: aws.String(table), Item: item})
		return err
	}
	get := func(i int) error {
		_, err := api.GetItem(ctx, &dynamodb.GetItemInput{TableName: aws.String(table), Key: key(i)})
		return err
	}
	timeN := func(n int, fn func(int) error) (Summary, error) {
		var d []time.Duration
		for i := 0; i < n; i++ {
			t := time.Now()
			if err := fn(i); err != nil {
				return Summary{}, fmt.Errorf("dynalite probe: %w", err)
			}
			d = append(d, time.Since(t))
		}
		return summarize(d), nil
	}
	var err error
	if _, err = timeN(50, put); err != nil { // warm-up; every key exists
		return b, err
	}
	if b.Put, err = timeN(300, put); err != nil {
		return b, err
	}
	if b.Get, err = timeN(500, get); err != nil {
		return b, err
	}
	var wg sync.WaitGroup
	counts := make([]int, clients)
	errs := make([]error, clients)
	cpu := w.sample()
	start := time.Now()
	deadline := start.Add(dur)
	for c := 0; c < clients; c++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := c; time.Now().Before(deadline) && ctx.Err() == nil; i += clients {
				if err := get(i); err != nil {
					errs[c] = err
					return
				}
				counts[c]++
			}
		}()
	}
	wg.Wait()
	elapsed := time.Since(start)
	b.CPU = w.since(cpu)
	total := 0
	for c := range counts {
		if errs[c] != nil {
			return b, fmt.Errorf("dynalite probe: %w", errs[c])
		}
		total += counts[c]
	}
	b.GetRPS = float64(total) / elapsed.Seconds()
	return b, ctx.Err()
}
