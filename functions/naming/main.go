// Command naming is the Lambda function of POST /api/naming/check: the free
// name review. It needs no store, no signing key and no model, so it builds
// none of them (and links none of the AWS SDK): its cold start is the
// handler alone.
package main

import (
	"log/slog"
	"os"

	"github.com/aws/aws-lambda-go/lambda"

	"namebot/pkg/httpapi"
)

func main() {
	var level slog.Level
	if err := level.UnmarshalText([]byte(os.Getenv("LOG_LEVEL"))); err != nil {
		level = slog.LevelInfo
	}
	log := slog.New(slog.NewJSONHandler(os.Stderr, &slog.HandlerOptions{Level: level}))
	lambda.Start(httpapi.New("naming", nil, log, httpapi.Naming()...).Handle)
}
