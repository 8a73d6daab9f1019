// Command hello is the baseline of `make bench`: the smallest aws-lambda-go
// function that answers an API Gateway v2 (HTTP API) event, built with the
// same flags as namebot's bootstraps, so that their cold starts under the
// emulator can be read as a ratio to it.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
)

func handle(_ context.Context, _ events.APIGatewayV2HTTPRequest) (events.APIGatewayV2HTTPResponse, error) {
	return events.APIGatewayV2HTTPResponse{
		StatusCode: 200,
		Headers:    map[string]string{"Content-Type": "application/json; charset=utf-8"},
		Body:       `{"hello":"world"}`,
	}, nil
}

func main() {
	lambda.Start(handle)
}
