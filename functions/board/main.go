// Command board is the Lambda function of /api/board, /api/board/{postId}
// and /api/board/images.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"

	"namebot/pkg/app"
)

func main() {
	lambda.Start(app.Load(context.Background(), app.WithImages).Board().Handle)
}
