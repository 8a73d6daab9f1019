// Command manager promotes (or, with -demote, demotes) a user to manager.
// Managers are made here, by an operator, never through the API.
//
// Locally (the default) it talks to the dynalite of `make run` when that is
// running with the same DATA_DIR, and otherwise starts one on DATA_DIR for
// the moment. With -aws it uses the default AWS credentials and the
// USERS_TABLE the Makefile looks up from the stage's stack.
package main

import (
	"context"
	"flag"
	"fmt"
	"log"
	"net"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	awsconfig "github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"

	"namebot/pkg/config"
	"namebot/pkg/dynamo"
	"namebot/pkg/local"
)

func main() {
	email := flag.String("email", "", "the user's email")
	demote := flag.Bool("demote", false, "remove the manager role instead")
	useAWS := flag.Bool("aws", false, "use AWS (USERS_TABLE and the default credentials) instead of the local stack")
	flag.Parse()
	if strings.TrimSpace(*email) == "" {
		log.Fatal("usage: make manager EMAIL=someone@example.com [STAGE=prod]")
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	cfg, err := config.FromEnv(os.Getenv)
	if err != nil {
		log.Fatal(err)
	}
	var client *dynamodb.Client
	if *useAWS {
		awsCfg, err := awsconfig.LoadDefaultConfig(ctx)
		if err != nil {
			log.Fatalf("aws config: %v", err)
		}
		client = dynamodb.NewFromConfig(awsCfg)
	} else {
		endpoint, stop, err := localEndpoint(ctx, cfg)
		if err != nil {
			log.Fatal(err)
		}
		defer stop()
		client = dynamodb.NewFromConfig(local.AWSConfig(cfg.Region), func(o *dynamodb.Options) { o.BaseEndpoint = aws.String(endpoint) })
	}
	db := &dynamo.DB{API: client, Tables: dynamo.Tables(cfg.Tables)}
	u, err := db.SetManager(ctx, *email, !*demote)
	if err != nil {
		log.Fatalf("%s: %v", *email, err)
	}
	fmt.Printf("%s (%s) is_manager=%v\n", u.Email, u.Nickname, u.IsManager)
}

// localEndpoint finds the running stack's dynalite through the endpoint
// file `make run` writes, or starts dynalite on DATA_DIR itself (LevelDB
// allows one process per directory, so never both).
func localEndpoint(ctx context.Context, cfg config.Config) (string, func(), error) {
	if cfg.DynamoEndpoint != "" {
		return cfg.DynamoEndpoint, func() {}, nil
	}
	dataDir := os.Getenv("DATA_DIR")
	if dataDir == "" {
		dataDir = ".data"
	}
	if raw, err := os.ReadFile(filepath.Join(dataDir, local.EndpointFile)); err == nil {
		endpoint := strings.TrimSpace(string(raw))
		host := strings.TrimPrefix(endpoint, "http://")
		if c, err := net.DialTimeout("tcp", host, time.Second); err == nil {
			c.Close()
			return endpoint, func() {}, nil
		}
	}
	root, err := local.Root()
	if err != nil {
		return "", nil, err
	}
	dl, err := local.StartDynalite(ctx, root, filepath.Join(dataDir, "dynamodb"))
	if err != nil {
		return "", nil, err
	}
	return dl.Endpoint, dl.Stop, nil
}
