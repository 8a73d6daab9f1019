// Command chatsend is the Lambda function of POST /api/chat/{chatId}: the only one that spends quota and calls the model.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"

	"namebot/pkg/app"
)

func main() {
	lambda.Start(app.Load(context.Background(), app.WithModel).ChatSend().Handle)
}
