// Command chatsend is the Lambda function of POST /api/chat/{chatId}: the only one that spends quota and calls the model.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"

	"namebot/pkg/app"
	"namebot/pkg/app/model"
)

func main() {
	lambda.Start(app.Load(context.Background(), model.With).ChatSend().Handle)
}
