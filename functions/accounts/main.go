// Command accounts is the Lambda function of /api/accounts/* and /api/health.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"

	"namebot/pkg/app"
)

func main() {
	lambda.Start(app.Load(context.Background(), app.WithImages, app.WithOAuth).Accounts().Handle)
}
