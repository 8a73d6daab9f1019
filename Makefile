# namebot. `make run` starts the whole product locally; `make test` checks it.
# Both install what they need first (npm packages, Go tools into .bin/).

SHELL := /bin/bash
GO ?= go
export GOFLAGS := -buildvcs=false
BIN := $(CURDIR)/.bin
# Lambda bootstraps: what DESIGN.md and FACTS.md say keeps them small and fast.
LAMBDA_FLAGS := -tags lambda.norpc -ldflags='-s -w' -trimpath
LAMBDA_ENV := CGO_ENABLED=0 GOOS=linux GOARCH=arm64
FUNCTIONS := accounts chat chatsend board
RIE_VERSION := v0.0.0-20261030222936-bef5c4ba774d
STATICCHECK_VERSION := v0.8.2
GO_TEST_FLAGS ?= -count=1 -timeout 20m

.PHONY: run test build lint tools deps frontend frontend-test e2e clean go-test manager

## run: install, build the app and start everything on http://localhost:$(PORT)
run: deps frontend
	$(GO) build -o $(BIN)/namebot-local ./infra/local
	exec $(BIN)/namebot-local

## test: lint, Go tests (dynalite, emulator, template), frontend unit and browser tests
test: deps tools lint frontend go-test frontend-test e2e

deps: node_modules/.package-lock.json

node_modules/.package-lock.json: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	@touch $@

tools: $(BIN)/aws-lambda-rie $(BIN)/staticcheck

$(BIN)/aws-lambda-rie:
	GOBIN=$(BIN) $(GO) install github.com/aws/aws-lambda-runtime-interface-emulator/cmd/aws-lambda-rie@$(RIE_VERSION)

$(BIN)/staticcheck:
	GOBIN=$(BIN) $(GO) install honnef.co/go/tools/cmd/staticcheck@$(STATICCHECK_VERSION)

lint: $(BIN)/staticcheck
	@out=$$(gofmt -l pkg functions infra); if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi
	$(GO) vet ./...
	$(BIN)/staticcheck ./...
	@cp go.mod /tmp/namebot-go.mod.bak && cp go.sum /tmp/namebot-go.sum.bak && $(GO) mod tidy && \
	  if ! diff -q go.mod /tmp/namebot-go.mod.bak >/dev/null || ! diff -q go.sum /tmp/namebot-go.sum.bak >/dev/null; then \
	    cp /tmp/namebot-go.mod.bak go.mod; cp /tmp/namebot-go.sum.bak go.sum; echo "go.mod/go.sum not tidy: run go mod tidy"; exit 1; fi

go-test: deps tools
	$(GO) test $(GO_TEST_FLAGS) ./...

frontend-deps: frontend/node_modules/.package-lock.json

frontend/node_modules/.package-lock.json: frontend/package.json frontend/package-lock.json
	cd frontend && npm ci --no-audit --no-fund --loglevel=error
	@touch $@

frontend: frontend-deps
	cd frontend && npm run build

frontend-test:
	cd frontend && npm test && npm run size

## e2e: the browser app in headless Chromium against the real local server
e2e: frontend
	$(GO) build -o $(BIN)/namebot-local ./infra/local
	$(GO) build -o $(BIN)/namebot-manager ./infra/manager
	cd frontend && E2E_SKIP_BUILD=1 NAMEBOT_SERVER=$(BIN)/namebot-local NAMEBOT_ROOT=$(CURDIR) npm run e2e

## build: the arm64 bootstrap of every function into build/<function>/bootstrap
build: $(addprefix build-fn-,$(FUNCTIONS))
	@ls -l build/*/bootstrap

build-fn-%:
	mkdir -p build/$*
	$(LAMBDA_ENV) $(GO) build $(LAMBDA_FLAGS) -o build/$*/bootstrap ./functions/$*

# sam build (Metadata: BuildMethod: makefile) calls build-<LogicalId> with ARTIFACTS_DIR.
build-AccountsFunction:
	$(LAMBDA_ENV) $(GO) build $(LAMBDA_FLAGS) -o $(ARTIFACTS_DIR)/bootstrap ./functions/accounts

clean:
	rm -rf build .bin frontend/dist
build-ChatFunction:
	$(LAMBDA_ENV) $(GO) build $(LAMBDA_FLAGS) -o $(ARTIFACTS_DIR)/bootstrap ./functions/chat

build-ChatSendFunction:
	$(LAMBDA_ENV) $(GO) build $(LAMBDA_FLAGS) -o $(ARTIFACTS_DIR)/bootstrap ./functions/chatsend

## manager: make EMAIL a manager (locally; on AWS with STAGE=<stage>)
manager: deps
	@test -n "$(EMAIL)" || { echo "usage: make manager EMAIL=someone@example.com [STAGE=prod]"; exit 2; }
ifdef STAGE
	USERS_TABLE=$$(aws cloudformation describe-stack-resource --stack-name namebot-$(STAGE) --logical-resource-id UsersTable \
	  --query StackResourceDetail.PhysicalResourceId --output text) $(GO) run ./infra/manager -aws -email "$(EMAIL)"
else
	$(GO) run ./infra/manager -email "$(EMAIL)"
endif

build-BoardFunction:
	$(LAMBDA_ENV) $(GO) build $(LAMBDA_FLAGS) -o $(ARTIFACTS_DIR)/bootstrap ./functions/board
