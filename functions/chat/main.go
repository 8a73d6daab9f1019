// Command chat is the Lambda function of GET/POST /api/chat and GET/PATCH/DELETE /api/chat/{chatId}.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"

	"namebot/pkg/app"
)

func main() {
	lambda.Start(app.Load(context.Background()).Chat().Handle)
}
