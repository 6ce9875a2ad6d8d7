/** Generated from docs/openapi.json by `npm run api`: do not edit; change the server's zod schemas instead. */
export type paths = {
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness */
        get: operations["getLiveness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: the database (and in scale-out Redis) answers */
        get: operations["getReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Prometheus metrics, for a scraper with Authorization: Bearer <BLOCKSMITH_METRICS_TOKEN> */
        get: operations["getMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/state": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether the owner must be set up, whether sign-up is open, and who is signed in */
        get: operations["getAuthState"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create the owner account on first start */
        post: operations["setUpOwner"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/signup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create an account: when sign-up is open, or with an invitation link when sign-up is by invitation (the account then joins its workspace) */
        post: operations["signUp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in; sets the session cookie */
        post: operations["signIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out */
        post: operations["signOut"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/oidc/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sign in through single sign-on: goes to the OpenID Connect provider (PKCE), which sends the browser back to the callback */
        get: operations["startSso"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/oidc/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Where the provider sends the browser back: checks the ID token, makes the account on first sign-in, signs it in */
        get: operations["finishSso"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/hooks/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start a run: the JSON body gives the run inputs; ?wait=true answers with the outputs when it ends */
        post: operations["callWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/oauth/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The OAuth2 redirect URI: trades the code for tokens and stores them as a credential */
        get: operations["finishOAuth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/shared/runs/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The run a share link shows: its inputs, outputs, status and times */
        get: operations["getSharedRun"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/shared/runs/{token}/files/{fileId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A file the shared run's inputs or outputs name (a file put out, a large value), through its link */
        get: operations["downloadSharedRunFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/apps/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An app page: its title, description, the fields of its form (the agent's inputs) and the outputs it shows */
        get: operations["getAppPage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/apps/{slug}/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The visitor's own runs of the app, newest first (the last 20) */
        get: operations["listAppRuns"];
        put?: never;
        /** Run the app's agent with the form's values; the visitor follows it by its id */
        post: operations["startAppRun"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/apps/{slug}/runs/{runId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One of the visitor's runs: its status, progress while it goes on, its outputs once they come */
        get: operations["getAppRun"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/apps/{slug}/runs/{runId}/files/{fileId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A file one of the visitor's runs names in its inputs or outputs */
        get: operations["downloadAppRunFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/apps/{slug}/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Upload a file for one of the form's fields: the raw bytes as the body, its type as Content-Type */
        post: operations["uploadAppFile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/apps/{slug}/conversations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The visitor's conversations with a chat app, the latest first (the last 50) */
        get: operations["listMyAppConversations"];
        put?: never;
        /** Start a conversation with a chat app */
        post: operations["startAppConversation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/apps/{slug}/conversations/{conversationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One of the visitor's conversations, with its messages */
        get: operations["getMyAppConversation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/apps/{slug}/conversations/{conversationId}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Say something in a conversation: the agent's reply streams as text/event-stream (delta events, then reply) */
        post: operations["sayToApp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/account": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change the email you sign in with */
        patch: operations["changeEmail"];
        trace?: never;
    };
    "/api/account/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change your password (the current one is needed); every other session is signed out */
        post: operations["changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your notifications, the latest first, and how many are unread */
        get: operations["listNotifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark notifications read: these, or all of yours */
        post: operations["markNotificationsRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How you are told: email, a webhook (Slack or any), the agents you muted */
        get: operations["getNotificationSettings"];
        /** Change how you are told */
        put: operations["changeNotificationSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List your API keys (never their secrets) */
        get: operations["listApiKeys"];
        put?: never;
        /** Create an API key; the secret is in this response only */
        post: operations["createApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete an API key */
        delete: operations["deleteApiKey"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in user */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/blocks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The block catalog with input/output JSON Schemas */
        get: operations["listBlocks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/graphs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List your graphs (search, paging) with their latest run */
        get: operations["listGraphs"];
        put?: never;
        /** Create a graph from a graph file (version 1; a graph that cannot run yet is saved as a draft with its issues) */
        post: operations["createGraph"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/graphs/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import a graph file, or an AutoGPT Platform agent file: its blocks are mapped to ours; one without an equivalent is kept and named, and the graph saved as a draft */
        post: operations["importGraph"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/graphs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a graph: the latest version or ?version=N, with the issues that keep it from running */
        get: operations["getGraph"];
        /** Save a new version of a graph (a draft when it has issues), refused when it is not based on the latest version */
        put: operations["saveGraph"];
        post?: never;
        /** Delete a graph and its versions */
        delete: operations["deleteGraph"];
        options?: never;
        head?: never;
        /** Change an agent's settings (not a new version): whether MCP clients get it as a tool, the agent that runs when one of its runs fails, how long its runs are kept */
        patch: operations["changeGraphSettings"];
        trace?: never;
    };
    "/api/graphs/{id}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the versions of a graph */
        get: operations["listGraphVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/graphs/{id}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download a graph file */
        get: operations["exportGraph"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/graphs/{id}/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start a run; answers 202 with the run id */
        post: operations["startRun"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/graphs/{id}/nodes/{nodeId}/run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Run one node of the agent's latest version alone, with values for its pins (an agent with its tools) */
        post: operations["runNode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List your runs (by graph, status, trigger, time; paging), newest first, with counts by status */
        get: operations["listRuns"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/runs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a run, its outputs, a summary of each node, and one page of its node runs (after, limit; nodeRunsNext for the next) */
        get: operations["getRun"];
        put?: never;
        post?: never;
        /** Delete an ended run with its sub-runs, node runs and reviews */
        delete: operations["deleteRun"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/runs/{id}/value": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One whole value of a run that its detail shows as a reference (largeValue.url): text as text/plain, anything else as JSON */
        get: operations["getRunValue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/runs/{id}/stop": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Stop a run (TERMINATED; running blocks are aborted) */
        post: operations["stopRun"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/runs/{id}/rerun": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Run the same graph version again, with the same or edited inputs; or, from a node, the latest version reusing the rest */
        post: operations["rerunRun"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/runs/{id}/shares": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A run's links, revoked ones too (never their secrets) */
        get: operations["listRunShares"];
        put?: never;
        /** Make a link that shows this run's inputs and outputs to anyone who has it; the link's secret is in this answer only */
        post: operations["shareRun"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/runs/{id}/shares/{shareId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke a link: it stops working at once */
        delete: operations["revokeRunShare"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/graphs/{id}/app": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The agent's app page, when it is published */
        get: operations["getApp"];
        /** Publish the agent as an app page at /apps/<slug>, or change its page: who may open it, its limits */
        put: operations["publishApp"];
        post?: never;
        /** Take the agent's app page down: its address stops working; its visitors' runs stay with the agent */
        delete: operations["unpublishApp"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/graphs/{id}/app/conversations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The conversations of the agent's chat app, every visitor's, the latest first */
        get: operations["listAppConversations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/graphs/{id}/app/conversations/{conversationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One conversation of the agent's chat app, with its messages */
        get: operations["getAppConversation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/graphs/{id}/pins": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The outputs pinned on the agent's nodes */
        get: operations["listPins"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/graphs/{id}/pins/{nodeId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Pin outputs on a node (taken from a run, or typed): runs from the editor put them out instead of running it */
        put: operations["pinOutputs"];
        post?: never;
        /** Unpin a node */
        delete: operations["unpinOutputs"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List your files */
        get: operations["listFiles"];
        put?: never;
        /** Upload a file: the raw bytes as the body, its type as Content-Type */
        post: operations["uploadFile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/files/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download a file (inline=1 shows images, media, plain text and PDF in the browser) */
        get: operations["downloadFile"];
        put?: never;
        post?: never;
        /** Delete a file */
        delete: operations["deleteFile"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/graphs/{id}/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a graph's webhooks */
        get: operations["listWebhooks"];
        put?: never;
        /** Create a webhook for a graph; its absolute URL and path (with the secret token) are in this response only */
        post: operations["createWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a webhook */
        delete: operations["deleteWebhook"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/graphs/{id}/presets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A graph's presets */
        get: operations["listPresets"];
        put?: never;
        /** Save a named set of run inputs for a graph */
        post: operations["createPreset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/presets/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a preset (schedules that used it run with no inputs) */
        delete: operations["deletePreset"];
        options?: never;
        head?: never;
        /** Rename a preset or change its inputs */
        patch: operations["changePreset"];
        trace?: never;
    };
    "/api/graphs/{id}/schedules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A graph's schedules, with their next fire times */
        get: operations["listGraphSchedules"];
        put?: never;
        /** Schedule runs of a graph; answers with the next 5 fire times */
        post: operations["createSchedule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/schedules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** All your schedules, with their next fire times */
        get: operations["listSchedules"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/schedules/{id}/fires": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A schedule's recent fire times: the run each started, or why it did not */
        get: operations["listScheduleFires"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/schedules/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a schedule; it fires no more, on any server */
        delete: operations["deleteSchedule"];
        options?: never;
        head?: never;
        /** Change a schedule; disabling it stops its fires at once */
        patch: operations["changeSchedule"];
        trace?: never;
    };
    "/api/graphs/{id}/message-triggers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An agent's message triggers */
        get: operations["listGraphMessageTriggers"];
        put?: never;
        /** Start a run of the agent for each message of a RabbitMQ queue, an MQTT topic, a NATS JetStream subject or a Redis stream; the message is the run's input */
        post: operations["createMessageTrigger"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/message-triggers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The workspace's message triggers, with what each one's consumer last found */
        get: operations["listMessageTriggers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/message-triggers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A message trigger: listening, or why not, and the run its latest message started */
        get: operations["getMessageTrigger"];
        put?: never;
        post?: never;
        /** Delete a message trigger; its consumer stops (within seconds on other servers) */
        delete: operations["deleteMessageTrigger"];
        options?: never;
        head?: never;
        /** Change a message trigger; disabling it stops its consumer (messages then wait at the broker) */
        patch: operations["changeMessageTrigger"];
        trace?: never;
    };
    "/api/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your reviews: pending (newest first) or decided */
        get: operations["listReviews"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reviews/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One review with its message, data and decision */
        get: operations["getReview"];
        put?: never;
        /** Approve (with edited data, when editable) or reject a pending review; the run goes on from its node */
        post: operations["decideReview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/copilot/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your copilot sessions, latest first */
        get: operations["listCopilotSessions"];
        put?: never;
        /** Start a copilot session */
        post: operations["createCopilotSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/copilot/sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A session: its messages, tool calls and artifacts */
        get: operations["getCopilotSession"];
        put?: never;
        post?: never;
        /** Delete a session */
        delete: operations["deleteCopilotSession"];
        options?: never;
        head?: never;
        /** Rename a session, or change its model */
        patch: operations["changeCopilotSession"];
        trace?: never;
    };
    "/api/copilot/sessions/{id}/stop": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Stop the session's turn; what it did so far stays */
        post: operations["stopCopilot"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/copilot/sessions/{id}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Say something; the turn answers as text/event-stream (delta, tool_start, tool_end, step, usage, done or error) */
        post: operations["sayToCopilot"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/copilot/memories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What the copilot remembers about you here, newest first */
        get: operations["listCopilotMemories"];
        put?: never;
        /** Tell the copilot something to remember about you */
        post: operations["addCopilotMemory"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/copilot/memories/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a memory */
        delete: operations["deleteCopilotMemory"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/mcp": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** GET is not used: this MCP server keeps no sessions */
        get: operations["openMcpStream"];
        put?: never;
        /** MCP (Streamable HTTP): your MCP-enabled agents and the platform tools, with an API key */
        post: operations["callMcp"];
        /** DELETE is not used: this MCP server keeps no sessions */
        delete: operations["endMcpSession"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/credential-kinds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The kinds of credential and the fields each needs */
        get: operations["listCredentialKinds"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/credentials": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your credentials (names and kinds, never secrets) */
        get: operations["listCredentials"];
        put?: never;
        /** Add a credential; its secret is encrypted and never returned */
        post: operations["createCredential"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/credentials/{id}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Check a model credential with its provider; answers which models it may use */
        post: operations["testCredential"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/credentials/{id}/models": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The models a model credential's provider lists (cached for a few minutes); empty when it cannot be asked */
        get: operations["listCredentialModels"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/credentials/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a credential; a connected account's grant is revoked with its provider (200 with a warning when the provider refused) */
        delete: operations["deleteCredential"];
        options?: never;
        head?: never;
        /** Rename a credential */
        patch: operations["renameCredential"];
        trace?: never;
    };
    "/api/oauth/providers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The OAuth2 providers accounts can be connected from, and whether the operator set each up */
        get: operations["listOAuthProviders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/oauth/{provider}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start connecting an account: open the answer's authorizeUrl in a browser; the provider sends the person back to /api/oauth/callback */
        post: operations["startOAuth"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workspaces": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The workspaces you are a member of, your personal one first, with your role in each */
        get: operations["listWorkspaces"];
        put?: never;
        /** Create a workspace to share agents with others; you are its owner */
        post: operations["createWorkspace"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workspaces/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A workspace, with your role in it */
        get: operations["getWorkspace"];
        put?: never;
        post?: never;
        /** Delete a shared workspace with its agents, runs, credentials, files and triggers */
        delete: operations["deleteWorkspace"];
        options?: never;
        head?: never;
        /** Rename a workspace */
        patch: operations["renameWorkspace"];
        trace?: never;
    };
    "/api/workspaces/{id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The members of a workspace and their roles */
        get: operations["listMembers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workspaces/{id}/members/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a member: their sessions and API keys no longer reach the workspace, and their keys for it are deleted */
        delete: operations["removeMember"];
        options?: never;
        head?: never;
        /** Change a member's role (only an owner makes or unmakes owners; a workspace keeps at least one) */
        patch: operations["changeMemberRole"];
        trace?: never;
    };
    "/api/workspaces/{id}/leave": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Leave a workspace (its last owner cannot) */
        post: operations["leaveWorkspace"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workspaces/{id}/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The invitations of a workspace not yet accepted, revoked or expired */
        get: operations["listInvitations"];
        put?: never;
        /** Invite someone by link (only the account with `email`, when given, and mailed to it when the server has a mail server); the token is in this answer only */
        post: operations["createInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workspaces/{id}/invitations/{invitationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an invitation: its link stops working */
        delete: operations["revokeInvitation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/invitations/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What an invitation link offers: the workspace and the role */
        get: operations["previewInvitation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/invitations/{token}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Join the workspace of an invitation link, with its role (a member already keeps their role); the link then stops working */
        post: operations["acceptInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workspaces/{id}/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A page of the workspace's audit log, newest first: who did what, when, from where */
        get: operations["listAuditEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workspaces/{id}/audit/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The workspace's audit log as JSON lines (one event per line, newest first), with the same filters */
        get: operations["exportAuditEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/operator/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every account with its workspaces and roles (the operator only) */
        get: operations["listUsers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/datasets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The workspace's datasets */
        get: operations["listDatasets"];
        put?: never;
        /** Make a dataset, with cases or empty */
        post: operations["createDataset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/datasets/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A dataset and its cases */
        get: operations["getDataset"];
        put?: never;
        post?: never;
        /** Delete a dataset and its cases (its evaluations stay); refused while a release gate uses it */
        delete: operations["deleteDataset"];
        options?: never;
        head?: never;
        /** Rename a dataset, or change its agent, evaluators or threshold */
        patch: operations["changeDataset"];
        trace?: never;
    };
    "/api/datasets/{id}/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add cases at the end of a dataset */
        post: operations["addDatasetCases"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/datasets/{id}/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add cases from a CSV or JSON Lines file */
        post: operations["importDatasetCases"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/datasets/{id}/from-table": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a data table's rows as cases: its columns named expected.<output> are expectations, the others inputs */
        post: operations["addTableAsCases"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/datasets/{id}/from-runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add past runs as cases: each run's inputs, and its outputs as the expectation */
        post: operations["addRunsAsCases"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/datasets/{id}/cases/{caseId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a case */
        delete: operations["deleteDatasetCase"];
        options?: never;
        head?: never;
        /** Change a case's inputs or expectations */
        patch: operations["changeDatasetCase"];
        trace?: never;
    };
    "/api/tables": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The workspace's data tables */
        get: operations["listDataTables"];
        put?: never;
        /** Make a data table, from its columns or from a CSV */
        post: operations["createDataTable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tables/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A data table: its columns and how many rows it holds */
        get: operations["getDataTable"];
        put?: never;
        post?: never;
        /** Delete a data table and its rows */
        delete: operations["deleteDataTable"];
        options?: never;
        head?: never;
        /** Rename a data table, or change its columns (every value is converted to a changed type, or nothing changes) */
        patch: operations["changeDataTable"];
        trace?: never;
    };
    "/api/tables/{id}/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Rows of a data table that pass every condition, sorted, a page at a time */
        post: operations["queryDataTable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tables/{id}/rows": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add rows to a data table */
        post: operations["addDataTableRows"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tables/{id}/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add the rows of a CSV to a data table (its header names the columns) */
        post: operations["importDataTableCsv"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tables/{id}/rows/{rowId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a row from a data table */
        delete: operations["deleteDataTableRow"];
        options?: never;
        head?: never;
        /** Change a row's values (the columns not named keep theirs) */
        patch: operations["changeDataTableRow"];
        trace?: never;
    };
    "/api/knowledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The workspace's knowledge bases */
        get: operations["listKnowledgeBases"];
        put?: never;
        /** Make a knowledge base: which credential and model embed it, and how documents are split */
        post: operations["createKnowledgeBase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/knowledge/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A knowledge base and its documents */
        get: operations["getKnowledgeBase"];
        put?: never;
        post?: never;
        /** Delete a knowledge base, its documents and passages */
        delete: operations["deleteKnowledgeBase"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/knowledge/{id}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a document — text with its name, an uploaded file, or a web page — or replace the one of its name; unchanged text does nothing */
        post: operations["addKnowledgeDocument"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/knowledge/{id}/documents/{documentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A document of a knowledge base and its passages */
        get: operations["getKnowledgeDocument"];
        put?: never;
        post?: never;
        /** Delete a document and its passages */
        delete: operations["deleteKnowledgeDocument"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/knowledge/{id}/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The passages closest to a query, as the knowledge.search block finds them */
        post: operations["searchKnowledgeBase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/graphs/{id}/evaluations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An agent's evaluations, newest first */
        get: operations["listEvaluations"];
        put?: never;
        /** Evaluate an agent version over a dataset; answers 202 with the evaluation, which runs on */
        post: operations["startEvaluation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/evaluations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An evaluation: its totals and every case with its outputs, scores and reasons */
        get: operations["getEvaluation"];
        put?: never;
        post?: never;
        /** Delete an ended evaluation (its runs stay) */
        delete: operations["deleteEvaluation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/evaluations/{id}/compare": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Compare an evaluation with another, case by case: what improved and what regressed */
        get: operations["compareEvaluations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/evaluations/{id}/stop": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Stop an evaluation: no more cases start, and the runs in flight stop */
        post: operations["stopEvaluation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/graphs/{id}/releases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An agent's aliases and the history of their moves */
        get: operations["listReleases"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/graphs/{id}/aliases/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Point an alias at a version: release, promote or roll back (a gate may need a passing evaluation) */
        put: operations["moveAlias"];
        post?: never;
        /** Remove an alias (what ran its version runs the latest version again) */
        delete: operations["removeAlias"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/graphs/{id}/spend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An agent's budget and its model spend: today, this month, and per day */
        get: operations["getAgentSpend"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/graphs/{id}/budget": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set an agent's budgets (per run, per day, per month); {} removes them */
        put: operations["setAgentBudget"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/account/budget": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your monthly model budget and what runs acting for you spent this month */
        get: operations["getAccountBudget"];
        /** Set your own monthly model budget, at most the operator’s; {} removes it */
        put: operations["setAccountBudget"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
};
export type webhooks = Record<string, never>;
export type components = {
    schemas: {
        ApiError: {
            error: {
                /** @description Stable, to branch on: not_found, invalid_request, unauthenticated, rate_limited, … */
                code: string;
                /** @description What is wrong and how to fix it. */
                message: string;
                /** @description The individual problems, when there are several. */
                details?: unknown;
            };
        };
        UsageTotals: {
            inputTokens: number;
            outputTokens: number;
            /** @description In US dollars, over the calls whose price is known. */
            costUsd: number;
            calls: number;
            /** @description Calls to models whose price is not known, so costUsd leaves them out. */
            unpricedCalls: number;
        };
        FileRef: {
            fileId: string;
            name: string;
            contentType: string;
            size: number;
            /** @description Same-origin download path: /api/files/<id>. */
            url: string;
        };
        ArtifactRef: {
            id: string;
            title: string;
            mimeType: string;
            /** @description Always a same-origin download path (/api/files/<id>). */
            sourceUrl: string;
            /** @enum {string} */
            origin: "agent" | "user-upload";
            sizeBytes: number;
        };
        User: {
            id: string;
            email: string;
            isOwner: boolean;
            /** @description Milliseconds since 1970-01-01 UTC. */
            createdAt: number;
        };
        AuthState: {
            /** @description No owner yet: the first person to come sets the server up. */
            needsSetup: boolean;
            /** @description Anyone may create an account (signup is open). */
            signupOpen: boolean;
            /**
             * @description Who may create an account: anyone, no one, or people with an invitation link.
             * @enum {string}
             */
            signup: "open" | "closed" | "invitation";
            /** @description Whether people may sign in with a password; when not, only through single sign-on. */
            passwordSignIn: boolean;
            /** @description Single sign-on, when the operator set it up. */
            sso: {
                /** @description Whom the sign-in button names. */
                name: string;
                /** @description Where the sign-in button goes. */
                start: string;
            } | null;
            /** @description Who is signed in; null when nobody is. */
            user: components["schemas"]["User"] | null;
        };
        ApiKey: {
            id: string;
            name: string;
            /** @description The first characters of the secret, to tell keys apart. */
            prefix: string;
            /** @description The workspace the key works in: it acts there as its member, with at most their role. */
            workspaceId: string;
            /** @description Milliseconds since 1970-01-01 UTC. */
            createdAt: number;
            lastUsedAt: number | null;
        };
        SpendLimit: {
            /** @description In US dollars (calls to models whose price is not known count nothing). */
            costUsd?: number;
            /** @description Input and output tokens together. */
            tokens?: number;
        };
        AgentBudget: {
            /** @description Each run (a start may give its own). */
            run?: components["schemas"]["SpendLimit"];
            /** @description All runs of a UTC day. */
            day?: components["schemas"]["SpendLimit"];
            /** @description All runs of a UTC month. */
            month?: components["schemas"]["SpendLimit"];
        };
        Spend: {
            costUsd: number;
            tokens: number;
            /** @description Runs that called a model. */
            runs: number;
        };
        /** @enum {string} */
        GraphRunStatus: "QUEUED" | "RUNNING" | "REVIEW" | "COMPLETED" | "FAILED" | "TERMINATED";
        /** @enum {string} */
        NodeRunStatus: "INCOMPLETE" | "QUEUED" | "RUNNING" | "REVIEW" | "COMPLETED" | "FAILED" | "TERMINATED";
        RunTrigger: {
            /** @constant */
            kind: "manual";
            /**
             * @description Started in the editor with the agent's pinned outputs.
             * @constant
             */
            pins?: true;
        } | {
            /** @constant */
            kind: "api";
        } | {
            /** @constant */
            kind: "webhook";
            webhookId: string;
        } | {
            /** @constant */
            kind: "schedule";
            scheduleId: string;
            /** @description Milliseconds since 1970-01-01 UTC. */
            fireTime: number;
        } | {
            /** @constant */
            kind: "message";
            triggerId: string;
            /** @enum {string} */
            broker: "amqp" | "mqtt" | "nats" | "redis";
            /** @description The queue, topic, subject or stream the message came on. */
            source: string;
        } | {
            /** @constant */
            kind: "rerun";
            runId: string;
            /** @description Re-ran this node and what depends on it, reusing the rest of runId (docs/semantics.md). */
            fromNode?: string;
        } | {
            /** @constant */
            kind: "node";
            nodeId: string;
            version: number;
            /** @description Values for the node's pins. */
            inputs: {
                [key: string]: unknown;
            };
        } | {
            /** @constant */
            kind: "copilot";
            sessionId: string;
        } | {
            /** @constant */
            kind: "mcp";
        } | {
            /** @constant */
            kind: "error";
            /** @description The failed run this error agent run answers. */
            failedRunId: string;
        } | {
            /** @constant */
            kind: "app";
            /** @description The app page whose visitor started the run. */
            appId: string;
        } | {
            /** @constant */
            kind: "evaluation";
            evaluationId: string;
            caseId: string;
            /** @description A model judge's run scoring output `judge.output` of the case's run. */
            judge?: {
                output: string;
                model: string;
                credential?: string;
                prompt: string;
            };
            /** @description An evaluator agent's run scoring this output of the case's run. */
            scores?: string;
        };
        GraphRunRecord: {
            id: string;
            graphId?: string;
            graphVersion?: number;
            graphName: string;
            /** @description The workspace the run belongs to. */
            workspaceId?: string;
            /** @description Who the run acts for: the member who started it, or whose trigger did. */
            userId?: string;
            parentRunId?: string;
            depth: number;
            status: components["schemas"]["GraphRunStatus"];
            inputs: {
                [key: string]: unknown;
            };
            /** @description Values collected by Output blocks, by name, in arrival order. */
            outputs: {
                [key: string]: unknown[];
            };
            error?: string;
            usage?: components["schemas"]["UsageTotals"];
            trigger?: components["schemas"]["RunTrigger"];
            /** @description The run's own budget, given when it started. */
            budget?: components["schemas"]["SpendLimit"];
            /** @description The run's own limit of node runs, given when it started (the server's applies above it). */
            maxNodeRuns?: number;
            /** @description Milliseconds since 1970-01-01 UTC. */
            createdAt: number;
            /** @description Milliseconds since 1970-01-01 UTC. */
            startedAt?: number;
            /** @description Milliseconds since 1970-01-01 UTC. */
            endedAt?: number;
        };
        NodeRunRecord: {
            id: string;
            graphRunId: string;
            nodeId: string;
            blockId: string;
            /** @description Order of creation within the run. */
            seq: number;
            status: components["schemas"]["NodeRunStatus"];
            inputs: {
                [key: string]: unknown;
            };
            outputs: {
                [key: string]: unknown[];
            };
            error?: {
                message: string;
                kind: string;
            };
            usage?: components["schemas"]["UsageTotals"];
            attempts: number;
            /** @description The node run of another run whose recorded result this one took instead of running (a re-run from a node). */
            reusedFrom?: string;
            /** @description What the block logged (the first 50 lines, each cut short; secrets it was given redacted). */
            logs?: {
                /** @description Milliseconds since 1970-01-01 UTC. */
                at: number;
                /** @enum {string} */
                level: "debug" | "info" | "warn" | "error";
                message: string;
            }[];
            /**
             * @description Put out the node's pinned outputs instead of running (a run from the editor with pins).
             * @constant
             */
            pinned?: true;
            /** @description Milliseconds since 1970-01-01 UTC. */
            createdAt: number;
            /** @description Milliseconds since 1970-01-01 UTC. */
            queuedAt?: number;
            /** @description Milliseconds since 1970-01-01 UTC. */
            startedAt?: number;
            /** @description Milliseconds since 1970-01-01 UTC. */
            endedAt?: number;
        };
        NodeSummary: {
            runs: number;
            latest: components["schemas"]["NodeRunRecord"];
            usage?: components["schemas"]["UsageTotals"];
        };
        RunDetail: {
            run: components["schemas"]["GraphRunRecord"];
            /** @description One page of node runs, in creation order. */
            nodeRuns: components["schemas"]["NodeRunRecord"][];
            /** @description Node runs of the run (of the node asked for, with nodeId), over all pages. */
            nodeRunsTotal: number;
            /** @description Ask again with after set to this for the next page; absent on the last page. */
            nodeRunsNext?: number;
            /** @description Per node that ran: its count, its latest node run and summed usage. */
            nodes: {
                [key: string]: components["schemas"]["NodeSummary"];
            };
        };
        Preset: {
            id: string;
            graphId: string;
            name: string;
            inputs: {
                [key: string]: unknown;
            };
            /** @description Milliseconds since 1970-01-01 UTC. */
            createdAt: number;
            /** @description Milliseconds since 1970-01-01 UTC. */
            updatedAt: number;
        };
        Schedule: {
            id: string;
            workspaceId: string;
            /** @description The member who made it: its runs act for them. */
            userId: string;
            graphId: string;
            name: string;
            /** @description 5 fields, or 6 with seconds first. */
            cron: string;
            /** @description IANA name, e.g. Europe/Berlin. */
            timezone: string;
            inputs?: {
                [key: string]: unknown;
            };
            presetId?: string;
            /** @description Its runs run this alias's version; absent, the production alias's when the agent has one, else the latest. */
            alias?: string;
            enabled: boolean;
            /** @enum {string} */
            catchUp: "skip" | "latest";
            /** @enum {string} */
            overlap: "allow" | "skip";
            /** @description The next fire time not handled yet; absent while disabled. */
            nextFireAt?: number;
            /** @description Milliseconds since 1970-01-01 UTC. */
            createdAt: number;
            /** @description Milliseconds since 1970-01-01 UTC. */
            updatedAt: number;
        };
        ScheduleFire: {
            scheduleId: string;
            /** @description Milliseconds since 1970-01-01 UTC. */
            fireTime: number;
            /** @enum {string} */
            outcome: "started" | "skipped_overlap" | "failed";
            runId?: string;
            error?: string;
        };
        ShownSchedule: {
            schedule: components["schemas"]["Schedule"];
            /** @description The next fire times (ISO 8601); none while disabled. */
            nextRuns: string[];
            /** @description How the latest fire went: the run it started, or why it started none. */
            lastFire: components["schemas"]["ScheduleFire"] | null;
        };
        Webhook: {
            id: string;
            graphId: string;
            name: string;
            /** @description Milliseconds since 1970-01-01 UTC. */
            createdAt: number;
            presetId?: string;
            /** @description Its runs run this alias's version; absent, the production alias's when the agent has one, else the latest. */
            alias?: string;
            /** @description Calls must carry a signature in this header. */
            signatureHeader?: string;
            /** @enum {string} */
            signatureScheme?: "github" | "slack" | "stripe";
            /** @description The run gets the whole request as its request input. */
            request?: {
                headers: string[];
            };
        };
        MessageTrigger: {
            id: string;
            workspaceId: string;
            /** @description The member who made it: its runs act for them. */
            userId: string;
            graphId: string;
            name: string;
            /**
             * @description amqp: RabbitMQ (AMQP 0-9-1); mqtt: an MQTT broker (v5); nats: NATS JetStream; redis: a Redis stream.
             * @enum {string}
             */
            broker: "amqp" | "mqtt" | "nats" | "redis";
            /** @description The credential holding the broker URL, of the kind named by broker. */
            credentialId: string;
            /** @description What it consumes: a queue (RabbitMQ), a topic filter (MQTT, + and # allowed), a subject (NATS JetStream, * and > allowed) or a stream key (Redis). */
            source: string;
            /** @description The Input block each message goes to: JSON as its value, other bytes as text. */
            input: string;
            /** @description The rest of each run's inputs come from this preset. */
            presetId?: string;
            /** @description Its runs run this alias's version; absent, the production alias's when the agent has one, else the latest. */
            alias?: string;
            enabled: boolean;
            /**
             * @description What its consumer last found; absent until one has tried (within a few seconds of a change).
             * @enum {string}
             */
            status?: "listening" | "failing";
            /** @description Why it fails, and what happens meanwhile. */
            problem?: string;
            /** @description The run the latest message started. */
            lastRunId?: string;
            /** @description Milliseconds since 1970-01-01 UTC. */
            lastMessageAt?: number;
            /** @description Milliseconds since 1970-01-01 UTC. */
            createdAt: number;
            /** @description Milliseconds since 1970-01-01 UTC. */
            updatedAt: number;
        };
        Evaluator: {
            /** @constant */
            kind: "exact";
            output: string;
            /** @description Compare text regardless of case. */
            ignoreCase?: boolean;
            /** @description Ignore spaces around text. */
            trim?: boolean;
        } | {
            /** @constant */
            kind: "contains";
            output: string;
            ignoreCase?: boolean;
        } | {
            /** @constant */
            kind: "regex";
            output: string;
            /** @description A pattern without slashes; absent, the case's expectation is the pattern. */
            pattern?: string;
            ignoreCase?: boolean;
        } | {
            /** @constant */
            kind: "json_subset";
            output: string;
        } | {
            /** @constant */
            kind: "number";
            output: string;
            /**
             * @description How far from the expectation still scores 1.
             * @default 0
             */
            tolerance: number;
            /** @description The tolerance is a fraction of the expectation (0.05 = 5 %). */
            relative?: boolean;
        } | {
            /** @constant */
            kind: "json_schema";
            output: string;
            /** @description A JSON Schema; absent, the case's expectation is the schema. */
            schema?: {
                [key: string]: unknown;
            };
        } | {
            /** @constant */
            kind: "judge";
            output: string;
            rubric: string;
            /** @default gpt-4o-mini */
            model: string;
            /** @description The model credential's id; absent, the workspace's only model credential. */
            credential?: string;
        } | {
            /** @constant */
            kind: "agent";
            output: string;
            /** @description A saved agent with Inputs among `output`, `expected`, `inputs`, `output_name` and Outputs `score` and `reason`. */
            graphId: string;
            version?: number;
        };
        Dataset: {
            id: string;
            workspaceId: string;
            name: string;
            description: string;
            /** @description The agent it was made for. */
            graphId?: string;
            /** @description How evaluations score each output. */
            evaluators: components["schemas"]["Evaluator"][];
            /** @description The score a case, and an evaluation, must reach to pass. */
            threshold: number;
            /** @description How many cases it has. */
            cases: number;
            /** @description Milliseconds since 1970-01-01 UTC. */
            createdAt: number;
            /** @description Milliseconds since 1970-01-01 UTC. */
            updatedAt: number;
        };
        DatasetCase: {
            id: string;
            position: number;
            /** @description Values for the agent's Input blocks, by name. */
            inputs: {
                [key: string]: unknown;
            };
            /** @description What each output should be, by output name. */
            expected: {
                [key: string]: unknown;
            };
            /** @description The run it was made from. */
            fromRunId?: string;
        };
        OutputScore: {
            output: string;
            evaluator: string;
            score: number;
            reason: string;
            /** @description The judge's or evaluator agent's run. */
            runId?: string;
        };
        EvaluationSummary: {
            cases: number;
            /** @description Cases whose run and evaluators ended. */
            done: number;
            /** @description Mean case score of the cases done. */
            score: number;
            passRate: number;
            /** @description The score reached the threshold, every case done. */
            passed: boolean;
            failedRuns: number;
            /** @description The agent's runs and the judges' and evaluator agents' runs. */
            usage: components["schemas"]["UsageTotals"];
            p50LatencyMs?: number;
            p95LatencyMs?: number;
        };
        Evaluation: {
            id: string;
            workspaceId: string;
            userId?: string;
            graphId: string;
            graphVersion: number;
            /** @description Absent once the dataset is deleted. */
            datasetId?: string;
            datasetName: string;
            evaluators: components["schemas"]["Evaluator"][];
            threshold: number;
            concurrency: number;
            /** @enum {string} */
            status: "RUNNING" | "COMPLETED" | "FAILED" | "TERMINATED";
            summary?: components["schemas"]["EvaluationSummary"];
            error?: string;
            /** @description Milliseconds since 1970-01-01 UTC. */
            createdAt: number;
            /** @description Milliseconds since 1970-01-01 UTC. */
            endedAt?: number;
        };
        EvaluationCase: {
            caseId: string;
            position: number;
            inputs: {
                [key: string]: unknown;
            };
            expected: {
                [key: string]: unknown;
            };
            runId?: string;
            status: components["schemas"]["GraphRunStatus"] | "PENDING";
            outputs?: {
                [key: string]: unknown[];
            };
            scores?: components["schemas"]["OutputScore"][];
            score?: number;
            usage?: components["schemas"]["UsageTotals"];
            latencyMs?: number;
            error?: string;
        };
        EvaluationComparison: {
            base: components["schemas"]["Evaluation"];
            head: components["schemas"]["Evaluation"];
            improved: number;
            regressed: number;
            cases: {
                caseId: string;
                position: number;
                inputs: {
                    [key: string]: unknown;
                };
                base?: components["schemas"]["EvaluationCase"];
                head?: components["schemas"]["EvaluationCase"];
                /** @enum {string} */
                change: "improved" | "regressed" | "same" | "added" | "removed";
            }[];
        };
        DataTableColumn: {
            name: string;
            /** @enum {string} */
            type: "text" | "number" | "boolean" | "date" | "json";
        };
        DataTable: {
            id: string;
            workspaceId: string;
            /** @description What blocks name it by (or by id). */
            name: string;
            description: string;
            columns: components["schemas"]["DataTableColumn"][];
            /** @description How many rows it holds. */
            rows: number;
            /** @description Milliseconds since 1970-01-01 UTC. */
            createdAt: number;
            /** @description Milliseconds since 1970-01-01 UTC. */
            updatedAt: number;
        };
        /** @description The row's id and times beside its values by column name. */
        DataTableRow: {
            id: string;
            /** @description ISO 8601. */
            created_at: string;
            /** @description ISO 8601. */
            updated_at: string;
        } & {
            [key: string]: unknown;
        };
        KnowledgeBase: {
            id: string;
            workspaceId: string;
            /** @description What knowledge.search names it by (or by id). */
            name: string;
            description: string;
            /** @description The model credential that embeds its passages and queries. */
            credentialId: string;
            /** @description The embedding model. */
            model: string;
            /** @description About how many characters a passage has. */
            chunkChars: number;
            /** @description About how many characters a passage repeats of the one before. */
            chunkOverlap: number;
            documents: number;
            /** @description Passages, over all its documents. */
            chunks: number;
            /** @description Milliseconds since 1970-01-01 UTC. */
            createdAt: number;
            /** @description Milliseconds since 1970-01-01 UTC. */
            updatedAt: number;
        };
        KnowledgeDocument: {
            id: string;
            /** @description Unique in its base: adding a document of this name again replaces it. */
            name: string;
            /** @description A file name, a web address, or "text". */
            source: string;
            /** @description SHA-256 of its text. */
            contentHash: string;
            chars: number;
            chunks: number;
            /** @description Milliseconds since 1970-01-01 UTC. */
            createdAt: number;
            /** @description Milliseconds since 1970-01-01 UTC. */
            updatedAt: number;
        };
        KnowledgePassage: {
            text: string;
            score: number;
            document: string;
            documentId: string;
            source: string;
            position: number;
        };
        ReleaseGate: {
            /** @description An evaluation of the version on this dataset … */
            datasetId: string;
            /** @description … must have scored at least this. */
            minScore: number;
        };
        GraphAlias: {
            name: string;
            version: number;
            /** @description What moving the alias to a new version needs. */
            gate?: components["schemas"]["ReleaseGate"];
            updatedBy?: string;
            /** @description Milliseconds since 1970-01-01 UTC. */
            updatedAt: number;
        };
        Release: {
            id: string;
            alias: string;
            /** @description Absent: the alias was removed. */
            version?: number;
            fromVersion?: number;
            /** @description Who moved it. */
            userId?: string;
            /** @description The evaluation that passed the gate. */
            evaluationId?: string;
            note?: string;
            /** @description Milliseconds since 1970-01-01 UTC. */
            createdAt: number;
        };
        CopilotSession: {
            id: string;
            title: string;
            /** @description The model credential it talks through; none: the user's only one. */
            credentialId?: string;
            model: string;
            /** @description The agent open in the builder that the session works on. */
            graphId?: string;
            usage?: components["schemas"]["UsageTotals"];
            /** @description Milliseconds since 1970-01-01 UTC. */
            createdAt: number;
            /** @description Milliseconds since 1970-01-01 UTC. */
            updatedAt: number;
        };
        ToolCallRecord: {
            callId: string;
            name: string;
            args: unknown;
            result: unknown;
            /** @description Milliseconds since 1970-01-01 UTC. */
            startedAt: number;
            /** @description Milliseconds since 1970-01-01 UTC. */
            endedAt: number;
        };
        TranscriptItem: {
            /** @constant */
            kind: "user";
            text: string;
            fileIds?: string[];
        } | {
            /** @constant */
            kind: "step";
            text: string;
            toolCalls: components["schemas"]["ToolCallRecord"][];
        } | {
            /** @constant */
            kind: "error";
            message: string;
        };
        CopilotSessionDetail: {
            session: components["schemas"]["CopilotSession"];
            items: components["schemas"]["TranscriptItem"][];
            artifacts: components["schemas"]["ArtifactRef"][];
            /** @description Whether a turn is going on now. */
            running: boolean;
        };
        /** @description Something the copilot keeps about you in this workspace. */
        CopilotMemory: {
            id: string;
            text: string;
            /** @description Milliseconds since 1970-01-01 UTC. */
            createdAt: number;
        };
        CredentialInfo: {
            id: string;
            name: string;
            kind: string;
            /** @description Milliseconds since 1970-01-01 UTC. */
            createdAt: number;
            /** @description Milliseconds since 1970-01-01 UTC. */
            updatedAt: number;
        };
        OAuthProvider: {
            id: string;
            /** @description The credential kind a connection makes, e.g. oauth2:github. */
            kind: string;
            title: string;
            /** @description Whether the operator registered a client, i.e. whether Connect works. */
            configured: boolean;
            scopes: string[];
        };
        Review: {
            id: string;
            runId: string;
            nodeRunId: string;
            nodeId: string;
            /** @description Markdown shown to the reviewer. */
            message: string;
            data: unknown;
            editable: boolean;
            /** @enum {string} */
            status: "pending" | "approved" | "rejected";
            /** @description The data as approved (edited, perhaps) or as rejected. */
            decidedData?: unknown;
            reason?: string;
            /** @description Milliseconds since 1970-01-01 UTC. */
            createdAt: number;
            /** @description Milliseconds since 1970-01-01 UTC. */
            expiresAt?: number;
            /** @description Milliseconds since 1970-01-01 UTC. */
            decidedAt?: number;
            graphId?: string;
            graphName?: string;
            runStatus?: components["schemas"]["GraphRunStatus"];
        };
        BlockManifest: {
            /** @description Stable, category.name; saved graphs refer to it. */
            id: string;
            name: string;
            description: string;
            categories: string[];
            /** @enum {string} */
            kind: "standard" | "input" | "output" | "note" | "agent";
            staticOutput: boolean;
            dynamicOutputs: boolean;
            toolsOutput?: string;
            /** @description A JSON Schema. */
            inputSchema: {
                [key: string]: unknown;
            };
            /** @description A JSON Schema. */
            outputSchema: {
                [key: string]: unknown;
            };
            requiredInputs: string[];
            credentials: {
                /** @description The input pin that carries the credential id. */
                input: string;
                /** @description Kinds of credential accepted, separated by |. */
                kind: string;
                optional?: boolean;
                description?: string;
            }[];
            cost?: {
                perRun?: number;
                description?: string;
            };
            examples: {
                name: string;
                input: {
                    [key: string]: unknown;
                };
                output?: {
                    [key: string]: unknown[];
                };
                unchecked?: string[];
                error?: string;
                context?: {
                    [key: string]: unknown;
                };
            }[];
        };
        FileInfo: {
            fileId: string;
            name: string;
            contentType: string;
            size: number;
            /** @description Same-origin download path: /api/files/<id>. */
            url: string;
            /** @description Milliseconds since 1970-01-01 UTC. */
            createdAt: number;
            /**
             * @description Who made it: an agent, or the user's upload.
             * @enum {string}
             */
            origin: "agent" | "user-upload";
        };
        GraphFile: {
            /**
             * @default 1
             * @constant
             */
            schemaVersion: 1;
            name: string;
            description?: string;
            nodes: {
                id: string;
                block: string;
                inputs?: {
                    [key: string]: unknown;
                };
                position?: {
                    x: number;
                    y: number;
                };
                options?: {
                    timeoutMs?: number;
                    retry?: {
                        attempts: number;
                        initialDelayMs?: number;
                        maxDelayMs?: number;
                        factor?: number;
                    };
                };
                label?: string;
            }[];
            /** @default [] */
            links: {
                from: {
                    node: string;
                    output: string;
                };
                to: {
                    node: string;
                    input: string;
                };
                static?: boolean;
            }[];
        };
        GraphIssue: {
            /** @enum {string} */
            code: "invalid_format" | "duplicate_node" | "unknown_block" | "unknown_node" | "unknown_pin" | "incompatible_link" | "duplicate_link" | "invalid_default" | "missing_input" | "cycle" | "note_link" | "tool_link";
            /** @description What is wrong and how to fix it. */
            message: string;
            nodeId?: string;
            pin?: string;
        };
        AgentRetention: {
            /** @description Days an ended run is kept (0: forever), instead of BLOCKSMITH_RUN_MAX_AGE_DAYS. */
            maxAgeDays?: number;
            /** @description Days a failed run is kept (0: forever), instead of BLOCKSMITH_FAILED_RUN_MAX_AGE_DAYS. */
            failedMaxAgeDays?: number;
            /** @description Only its newest ended runs are kept, this many (0: no limit). */
            maxRuns?: number;
        };
        GraphSummary: {
            id: string;
            name: string;
            description: string;
            latestVersion: number;
            /** @description Milliseconds since 1970-01-01 UTC. */
            createdAt: number;
            /** @description Milliseconds since 1970-01-01 UTC. */
            updatedAt: number;
            /** @description Whether the agent is a tool of its owner's MCP clients. */
            mcp: boolean;
            /** @description Limits on the agent's model use. */
            budget?: components["schemas"]["AgentBudget"];
            /** @description The agent that runs when one of this agent's runs fails (docs/publishing.md). */
            errorAgentId?: string;
            /** @description The agent's own retention of ended runs, over the deployment's. */
            retention?: components["schemas"]["AgentRetention"];
        };
        GraphDetail: {
            id: string;
            name: string;
            description: string;
            latestVersion: number;
            /** @description Milliseconds since 1970-01-01 UTC. */
            createdAt: number;
            /** @description Milliseconds since 1970-01-01 UTC. */
            updatedAt: number;
            /** @description Whether the agent is a tool of its owner's MCP clients. */
            mcp: boolean;
            /** @description Limits on the agent's model use. */
            budget?: components["schemas"]["AgentBudget"];
            /** @description The agent that runs when one of this agent's runs fails (docs/publishing.md). */
            errorAgentId?: string;
            /** @description The agent's own retention of ended runs, over the deployment's. */
            retention?: components["schemas"]["AgentRetention"];
            /** @description The version shown. */
            version: number;
            /** @description Milliseconds since 1970-01-01 UTC. */
            versionCreatedAt?: number;
            graph: components["schemas"]["GraphFile"];
            /** @description What keeps this version from running; empty when it can run. A version with issues is a draft. */
            issues: components["schemas"]["GraphIssue"][];
        };
        ImportedGraph: {
            id: string;
            name: string;
            description: string;
            latestVersion: number;
            /** @description Milliseconds since 1970-01-01 UTC. */
            createdAt: number;
            /** @description Milliseconds since 1970-01-01 UTC. */
            updatedAt: number;
            /** @description Whether the agent is a tool of its owner's MCP clients. */
            mcp: boolean;
            /** @description Limits on the agent's model use. */
            budget?: components["schemas"]["AgentBudget"];
            /** @description The agent that runs when one of this agent's runs fails (docs/publishing.md). */
            errorAgentId?: string;
            /** @description The agent's own retention of ended runs, over the deployment's. */
            retention?: components["schemas"]["AgentRetention"];
            /** @description The version shown. */
            version: number;
            /** @description Milliseconds since 1970-01-01 UTC. */
            versionCreatedAt?: number;
            graph: components["schemas"]["GraphFile"];
            /** @description What keeps this version from running; empty when it can run. A version with issues is a draft. */
            issues: components["schemas"]["GraphIssue"][];
            /** @description Present when the file was another platform's. */
            imported?: {
                /**
                 * @description The platform whose file it was.
                 * @enum {string}
                 */
                from: "autogpt" | "n8n";
                /** @description Nodes whose blocks have no equivalent here: kept (their settings too) as nodes of an unknown block, so the graph is a draft until they are replaced. */
                unmapped: {
                    node: string;
                    reason: string;
                }[];
            };
        };
        LibraryGraph: {
            id: string;
            name: string;
            description: string;
            latestVersion: number;
            /** @description Milliseconds since 1970-01-01 UTC. */
            createdAt: number;
            /** @description Milliseconds since 1970-01-01 UTC. */
            updatedAt: number;
            /** @description Whether the agent is a tool of its owner's MCP clients. */
            mcp: boolean;
            /** @description Limits on the agent's model use. */
            budget?: components["schemas"]["AgentBudget"];
            /** @description The agent that runs when one of this agent's runs fails (docs/publishing.md). */
            errorAgentId?: string;
            /** @description The agent's own retention of ended runs, over the deployment's. */
            retention?: components["schemas"]["AgentRetention"];
            lastRun: {
                runId: string;
                status: components["schemas"]["GraphRunStatus"];
                /** @description Milliseconds since 1970-01-01 UTC. */
                createdAt: number;
            } | null;
            /** @description How many webhooks start the agent. */
            webhooks: number;
        };
        VersionConflict: {
            error: {
                /** @constant */
                code: "version_conflict";
                message: string;
                details: {
                    /** @description The version the refused save was based on. */
                    baseVersion: number;
                    /** @description That version as saved (null when the save named a version the agent never had). */
                    base: {
                        version: number;
                        /** @description Milliseconds since 1970-01-01 UTC. */
                        createdAt: number;
                        graph: components["schemas"]["GraphFile"];
                    } | null;
                    /** @description The latest version, saved since: compare it with the refused changes, keep one or merge, and save based on it. */
                    latest: {
                        version: number;
                        /** @description Milliseconds since 1970-01-01 UTC. */
                        createdAt: number;
                        graph: components["schemas"]["GraphFile"];
                    };
                };
            };
        };
        RunShare: {
            id: string;
            runId: string;
            /** @description The member who made the link. */
            createdBy: string;
            /** @description Milliseconds since 1970-01-01 UTC. */
            createdAt: number;
            /** @description When the link stopped working; null while it works. */
            revokedAt: number | null;
        };
        SharedRun: {
            status: components["schemas"]["GraphRunStatus"];
            inputs: {
                [key: string]: unknown;
            };
            /** @description Values collected by Output blocks, by name. A file's URL (and a large value's) is served through the link. */
            outputs: {
                [key: string]: unknown[];
            };
            error?: string;
            /** @description Milliseconds since 1970-01-01 UTC. */
            createdAt: number;
            /** @description Milliseconds since 1970-01-01 UTC. */
            endedAt?: number;
        };
        PublishedApp: {
            id: string;
            slug: string;
            /**
             * @description A form of the agent's inputs, or a chat: the agent takes the visitor's message as its Input `message` (and the earlier turns as `history`) and answers on its Output `reply`.
             * @enum {string}
             */
            kind: "form" | "chat";
            graphId: string;
            title: string;
            description: string;
            /**
             * @description Who may open the page: the workspace's members (signed in), anyone with its link (the link carries a key), or anyone.
             * @enum {string}
             */
            access: "members" | "link" | "public";
            runsPerMinute: number;
            dailyBudget: components["schemas"]["SpendLimit"] | null;
            allowedOrigins: string[];
            /** @description The page on this server: /apps/<slug>, with ?key=<key> for an app opened by link. */
            path: string;
            publishedBy: string;
            /** @description Milliseconds since 1970-01-01 UTC. */
            createdAt: number;
            /** @description Milliseconds since 1970-01-01 UTC. */
            updatedAt: number;
        };
        AppPage: {
            /**
             * @description A form of the agent's inputs, or a chat: the agent takes the visitor's message as its Input `message` (and the earlier turns as `history`) and answers on its Output `reply`.
             * @enum {string}
             */
            kind: "form" | "chat";
            title: string;
            description: string;
            /** @description The agent's inputs, in the order of its Input blocks. */
            fields: {
                name: string;
                /**
                 * @description Its default's type; absent: any value.
                 * @enum {string}
                 */
                type?: "string" | "number" | "boolean" | "object" | "array";
                description?: string;
                default?: unknown;
                required: boolean;
            }[];
            /** @description The names of the agent's Output blocks. */
            outputs: string[];
        };
        AppRun: {
            id: string;
            status: components["schemas"]["GraphRunStatus"];
            inputs: {
                [key: string]: unknown;
            };
            /** @description Values collected by Output blocks, by name. A file's URL is served through the app. */
            outputs: {
                [key: string]: unknown[];
            };
            error?: string;
            /** @description While it runs: how many of the agent's steps have finished, of how many. */
            progress?: {
                done: number;
                total: number;
            };
            /** @description Milliseconds since 1970-01-01 UTC. */
            createdAt: number;
            /** @description Milliseconds since 1970-01-01 UTC. */
            endedAt?: number;
        };
        AppConversation: {
            id: string;
            /** @description The first message, shortened. */
            title: string;
            /** @description Milliseconds since 1970-01-01 UTC. */
            createdAt: number;
            /** @description Milliseconds since 1970-01-01 UTC. */
            updatedAt: number;
        };
        AppMessage: {
            seq: number;
            /** @enum {string} */
            role: "user" | "assistant";
            text: string;
            /** @description The run that answered (on the agent's replies). */
            runId: string | null;
            /** @description Why no reply came: the run failed, or could not start. */
            error: string | null;
            /** @description Milliseconds since 1970-01-01 UTC. */
            createdAt: number;
        };
        Notification: {
            id: string;
            workspaceId: string | null;
            /**
             * @description What happened: a run failed, a review waits for you, a schedule's fire could not start a run, a run was stopped by a budget.
             * @enum {string}
             */
            kind: "run_failed" | "review_waiting" | "fire_failed" | "budget_reached";
            /** @description The agent it is about. */
            subject: string;
            title: string;
            body: string;
            /** @description Where to look in the app, e.g. /#/graphs/<id>/runs/<runId>. */
            link: string;
            /** @description How many events it stands for: those of its agent and kind within one digest window. */
            count: number;
            /** @description Milliseconds since 1970-01-01 UTC. */
            createdAt: number;
            /** @description Milliseconds since 1970-01-01 UTC. */
            updatedAt: number;
            readAt: number | null;
            /** @description When it went out by email and webhook (once its digest window closed). */
            deliveredAt: number | null;
        };
        NotificationSettings: {
            /** @description Send each digest to your email too (when the operator set up mail). */
            email: boolean;
            /** @description POST each digest here as JSON: `text` (what Slack shows) and `notification`. */
            webhookUrl: string | null;
            /** @description Agents whose failures you are not told of (reviews are always told). */
            mutedAgents: string[];
        };
        NodePin: {
            nodeId: string;
            outputs: {
                [key: string]: unknown[];
            };
            /** @description The run whose values were pinned; absent when typed by hand. */
            fromRunId?: string;
            /** @description Milliseconds since 1970-01-01 UTC. */
            updatedAt: number;
        };
        Workspace: {
            id: string;
            name: string;
            /** @description A person's own workspace: its id is their user id, and no one else is in it. */
            personal: boolean;
            /** @description Milliseconds since 1970-01-01 UTC. */
            createdAt: number;
            /**
             * @description Your role in it.
             * @enum {string}
             */
            role: "owner" | "admin" | "editor" | "runner" | "viewer";
        };
        WorkspaceMember: {
            userId: string;
            email: string;
            /**
             * @description owner, admin (members and settings), editor (build, run, triggers), runner (run agents, see their own runs), viewer (read).
             * @enum {string}
             */
            role: "owner" | "admin" | "editor" | "runner" | "viewer";
            /** @description When they joined. */
            createdAt: number;
        };
        WorkspaceInvitation: {
            id: string;
            workspaceId: string;
            /**
             * @description owner, admin (members and settings), editor (build, run, triggers), runner (run agents, see their own runs), viewer (read).
             * @enum {string}
             */
            role: "owner" | "admin" | "editor" | "runner" | "viewer";
            /** @description Only the account with this email may accept it. */
            email?: string;
            createdBy?: string;
            /** @description Milliseconds since 1970-01-01 UTC. */
            createdAt: number;
            /** @description Milliseconds since 1970-01-01 UTC. */
            expiresAt: number;
        };
        AuditEvent: {
            /** @description Time-ordered: a later event has a greater id. */
            id: string;
            workspaceId: string;
            /** @description Milliseconds since 1970-01-01 UTC. */
            at: number;
            actor: {
                id: string;
                /** @description As it was then. */
                email: string;
                /**
                 * @description run: a run acting for them used a credential.
                 * @enum {string}
                 */
                via: "session" | "api_key" | "run";
            };
            /** @description The API operation (its operationId, e.g. changeMemberRole, saveGraph, createCredential), or useCredential when a run used one (once per run). */
            action: string;
            /** @description The id of what it acted on, or of what it created. */
            target?: string;
            /** @description The path's ids and the fields that say what changed (a name, a role); never a secret. */
            details: {
                [key: string]: unknown;
            };
            ip?: string;
            userAgent?: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
};
export type $defs = Record<string, never>;
export interface operations {
    getLiveness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ok";
                    };
                };
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    getReadiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ready";
                        /** @enum {string} */
                        database: "sqlite" | "postgres";
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Not ready: what does not answer. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "unavailable";
                        error: string;
                    };
                };
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    getMetrics: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Metrics in the Prometheus text format. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    getAuthState: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthState"];
                };
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    setUpOwner: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: email */
                    email: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        user: components["schemas"]["User"];
                    };
                };
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    signUp: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: email */
                    email: string;
                    password: string;
                    /** @description The token of an invitation link: the new account joins its workspace. */
                    invitation?: string;
                };
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        user: components["schemas"]["User"];
                    };
                };
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    signIn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: email */
                    email: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        user: components["schemas"]["User"];
                    };
                };
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    signOut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; nothing to send back. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    startSso: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Found elsewhere: follow the Location header. */
            302: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    finishSso: {
        parameters: {
            query?: {
                code?: string;
                state?: string;
                error?: string;
                iss?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Found elsewhere: follow the Location header. */
            302: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    callWebhook: {
        parameters: {
            query?: {
                /** @description Answer when the run ends, with its outputs. */
                wait?: "0" | "1" | "true" | "false";
                timeout_ms?: number;
            };
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        runId: string;
                        status: components["schemas"]["GraphRunStatus"];
                        outputs?: {
                            [key: string]: unknown[];
                        };
                        error?: string | {
                            code: string;
                            message: string;
                        };
                    } | {
                        challenge: string;
                    };
                };
            };
            /** @description Accepted: the run goes on; follow it by its id. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        runId: string;
                        status: components["schemas"]["GraphRunStatus"];
                        outputs?: {
                            [key: string]: unknown[];
                        };
                        error?: string | {
                            code: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description The run ended without completing: its status and error. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        runId: string;
                        status: components["schemas"]["GraphRunStatus"];
                        outputs?: {
                            [key: string]: unknown[];
                        };
                        error?: string | {
                            code: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description The run did not end in time; it goes on. */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        runId: string;
                        status: components["schemas"]["GraphRunStatus"];
                        outputs?: {
                            [key: string]: unknown[];
                        };
                        error?: string | {
                            code: string;
                            message: string;
                        };
                    };
                };
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    finishOAuth: {
        parameters: {
            query?: {
                state?: string;
                code?: string;
                error?: string;
                error_description?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Found elsewhere: follow the Location header. */
            302: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    getSharedRun: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        run: components["schemas"]["SharedRun"];
                    };
                };
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    downloadSharedRunFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
                fileId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, with its own type. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": string;
                };
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    getAppPage: {
        parameters: {
            query?: {
                /** @description An app opened by link: the key its link carries. */
                key?: string;
            };
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        app: components["schemas"]["AppPage"];
                    };
                };
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    listAppRuns: {
        parameters: {
            query?: {
                /** @description An app opened by link: the key its link carries. */
                key?: string;
            };
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        runs: components["schemas"]["AppRun"][];
                    };
                };
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    startAppRun: {
        parameters: {
            query?: {
                /** @description An app opened by link: the key its link carries. */
                key?: string;
            };
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default {} */
                    inputs?: {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        run: components["schemas"]["AppRun"];
                    };
                };
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    getAppRun: {
        parameters: {
            query?: {
                /** @description An app opened by link: the key its link carries. */
                key?: string;
            };
            header?: never;
            path: {
                slug: string;
                runId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        run: components["schemas"]["AppRun"];
                    };
                };
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    downloadAppRunFile: {
        parameters: {
            query?: {
                /** @description An app opened by link: the key its link carries. */
                key?: string;
                inline?: "0" | "1";
            };
            header?: never;
            path: {
                slug: string;
                runId: string;
                fileId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, with its own type. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": string;
                };
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    uploadAppFile: {
        parameters: {
            query: {
                /** @description An app opened by link: the key its link carries. */
                key?: string;
                name: string;
            };
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "*/*": string;
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        file: components["schemas"]["FileRef"];
                    };
                };
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    listMyAppConversations: {
        parameters: {
            query?: {
                /** @description An app opened by link: the key its link carries. */
                key?: string;
            };
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        conversations: components["schemas"]["AppConversation"][];
                    };
                };
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    startAppConversation: {
        parameters: {
            query?: {
                /** @description An app opened by link: the key its link carries. */
                key?: string;
            };
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    text: string;
                };
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        conversation: components["schemas"]["AppConversation"];
                    };
                };
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    getMyAppConversation: {
        parameters: {
            query?: {
                /** @description An app opened by link: the key its link carries. */
                key?: string;
            };
            header?: never;
            path: {
                slug: string;
                conversationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        conversation: components["schemas"]["AppConversation"];
                        messages: components["schemas"]["AppMessage"][];
                    };
                };
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    sayToApp: {
        parameters: {
            query?: {
                /** @description An app opened by link: the key its link carries. */
                key?: string;
            };
            header?: never;
            path: {
                slug: string;
                conversationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    text: string;
                };
            };
        };
        responses: {
            /** @description The turn as server-sent events: `delta` ({ type, text }) as the reply streams, then `reply` ({ type, message }), the reply kept. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": string;
                };
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    changeEmail: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: email */
                    email: string;
                };
            };
        };
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        user: components["schemas"]["User"];
                    };
                };
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    changePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    currentPassword: string;
                    newPassword: string;
                };
            };
        };
        responses: {
            /** @description Done; nothing to send back. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    listNotifications: {
        parameters: {
            query?: {
                /** @description 1: only the unread ones. */
                unread?: "0" | "1";
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        notifications: components["schemas"]["Notification"][];
                        unread: number;
                    };
                };
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    markNotificationsRead: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description These; absent: all of yours. */
                    ids?: string[];
                };
            };
        };
        responses: {
            /** @description Done; nothing to send back. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    getNotificationSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        settings: components["schemas"]["NotificationSettings"];
                        emailAvailable: boolean;
                    };
                };
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    changeNotificationSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Send each digest to your email too (when the operator set up mail). */
                    email: boolean;
                    /** @description POST each digest here as JSON: `text` (what Slack shows) and `notification`. */
                    webhookUrl: string | null;
                    /** @description Agents whose failures you are not told of (reviews are always told). */
                    mutedAgents: string[];
                };
            };
        };
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        settings: components["schemas"]["NotificationSettings"];
                        emailAvailable: boolean;
                    };
                };
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    listApiKeys: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        keys: components["schemas"]["ApiKey"][];
                    };
                };
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    createApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                };
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        key: components["schemas"]["ApiKey"];
                        secret: string;
                    };
                };
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    deleteApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; nothing to send back. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        user: components["schemas"]["User"];
                    };
                };
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    listBlocks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        blocks: components["schemas"]["BlockManifest"][];
                    };
                };
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    listGraphs: {
        parameters: {
            query?: {
                search?: string;
                limit?: number;
                offset?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        graphs: components["schemas"]["LibraryGraph"][];
                        total: number;
                    };
                };
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    createGraph: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @default 1
                     * @enum {number}
                     */
                    schemaVersion?: 1;
                    name: string;
                    description?: string;
                    nodes: {
                        id: string;
                        block: string;
                        inputs?: {
                            [key: string]: unknown;
                        };
                        position?: {
                            x: number;
                            y: number;
                        };
                        options?: {
                            timeoutMs?: number;
                            retry?: {
                                attempts: number;
                                initialDelayMs?: number;
                                maxDelayMs?: number;
                                factor?: number;
                            };
                        };
                        label?: string;
                    }[];
                    /** @default [] */
                    links?: {
                        from: {
                            node: string;
                            output: string;
                        };
                        to: {
                            node: string;
                            input: string;
                        };
                        static?: boolean;
                    }[];
                };
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GraphDetail"];
                };
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    importGraph: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @default 1
                     * @enum {number}
                     */
                    schemaVersion?: 1;
                    name: string;
                    description?: string;
                    nodes: {
                        id: string;
                        block: string;
                        inputs?: {
                            [key: string]: unknown;
                        };
                        position?: {
                            x: number;
                            y: number;
                        };
                        options?: {
                            timeoutMs?: number;
                            retry?: {
                                attempts: number;
                                initialDelayMs?: number;
                                maxDelayMs?: number;
                                factor?: number;
                            };
                        };
                        label?: string;
                    }[];
                    /** @default [] */
                    links?: {
                        from: {
                            node: string;
                            output: string;
                        };
                        to: {
                            node: string;
                            input: string;
                        };
                        static?: boolean;
                    }[];
                } | ({
                    name?: string;
                    description?: string;
                    nodes: {
                        id: string;
                        block_id: string;
                        input_default?: {
                            [key: string]: unknown;
                        };
                        metadata?: {
                            position?: {
                                x?: number;
                                y?: number;
                            };
                        } & {
                            [key: string]: unknown;
                        };
                        input_links?: {
                            id?: string;
                            source_id: string;
                            sink_id: string;
                            source_name: string;
                            sink_name: string;
                            is_static?: boolean;
                        }[];
                        output_links?: {
                            id?: string;
                            source_id: string;
                            sink_id: string;
                            source_name: string;
                            sink_name: string;
                            is_static?: boolean;
                        }[];
                    }[];
                    links?: {
                        id?: string;
                        source_id: string;
                        sink_id: string;
                        source_name: string;
                        sink_name: string;
                        is_static?: boolean;
                    }[];
                } & {
                    [key: string]: unknown;
                }) | ({
                    name?: string;
                    nodes: ({
                        name: string;
                        type: string;
                        /** @default {} */
                        parameters?: {
                            [key: string]: unknown;
                        };
                        position?: [
                            number,
                            number
                        ];
                        disabled?: boolean;
                    } & {
                        [key: string]: unknown;
                    })[];
                    /** @default {} */
                    connections?: {
                        [key: string]: {
                            [key: string]: (({
                                node: string;
                                /** @default main */
                                type?: string;
                                /** @default 0 */
                                index?: number;
                            } & {
                                [key: string]: unknown;
                            })[] | null)[];
                        };
                    };
                } & {
                    [key: string]: unknown;
                });
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportedGraph"];
                };
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    getGraph: {
        parameters: {
            query?: {
                version?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GraphDetail"];
                };
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    saveGraph: {
        parameters: {
            query?: {
                /** @description The version these changes started from. When a newer version was saved since, nothing is saved and the answer is 409 with both. */
                baseVersion?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @default 1
                     * @enum {number}
                     */
                    schemaVersion?: 1;
                    name: string;
                    description?: string;
                    nodes: {
                        id: string;
                        block: string;
                        inputs?: {
                            [key: string]: unknown;
                        };
                        position?: {
                            x: number;
                            y: number;
                        };
                        options?: {
                            timeoutMs?: number;
                            retry?: {
                                attempts: number;
                                initialDelayMs?: number;
                                maxDelayMs?: number;
                                factor?: number;
                            };
                        };
                        label?: string;
                    }[];
                    /** @default [] */
                    links?: {
                        from: {
                            node: string;
                            output: string;
                        };
                        to: {
                            node: string;
                            input: string;
                        };
                        static?: boolean;
                    }[];
                };
            };
        };
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GraphDetail"];
                };
            };
            /** @description Refused: the state the request met has changed; the details hold what changed. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VersionConflict"];
                };
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    deleteGraph: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; nothing to send back. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    changeGraphSettings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Offer the agent as a tool to your MCP clients (/api/mcp). */
                    mcp?: boolean;
                    /** @description An agent of the same workspace, with an Input named `failure`, to run when one of this agent's runs fails; null: none (docs/publishing.md). */
                    errorAgentId?: string | null;
                    /** @description The agent's own retention of ended runs, over the deployment's; null: the deployment's (docs/operations.md). */
                    retention?: {
                        /** @description Days an ended run is kept (0: forever), instead of BLOCKSMITH_RUN_MAX_AGE_DAYS. */
                        maxAgeDays?: number;
                        /** @description Days a failed run is kept (0: forever), instead of BLOCKSMITH_FAILED_RUN_MAX_AGE_DAYS. */
                        failedMaxAgeDays?: number;
                        /** @description Only its newest ended runs are kept, this many (0: no limit). */
                        maxRuns?: number;
                    } | null;
                };
            };
        };
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GraphSummary"];
                };
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    listGraphVersions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        versions: {
                            version: number;
                            createdAt: number;
                            name: string;
                        }[];
                    };
                };
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    exportGraph: {
        parameters: {
            query?: {
                version?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GraphFile"];
                };
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    startRun: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description Values for the graph's Input blocks, by name.
                     * @default {}
                     */
                    inputs?: {
                        [key: string]: unknown;
                    };
                    /** @description Graph version to run. Absent: the alias's version; with neither, an API key runs the production alias's version when the agent has one, else the latest. */
                    version?: number;
                    /** @description Run the version this alias (e.g. "production", "staging") points at. */
                    alias?: string;
                    /** @description This run's own budget, instead of the agent's per-run budget: the run stops when its model use reaches it. */
                    budget?: {
                        /** @description In US dollars (calls to models whose price is not known count nothing). */
                        costUsd?: number;
                        /** @description Input and output tokens together. */
                        tokens?: number;
                    };
                    /** @description This run's own limit of node runs, at most the server's (BLOCKSMITH_MAX_NODE_RUNS): the run stops, FAILED, when it would make one more. */
                    maxNodeRuns?: number;
                    /** @description Start from this preset's inputs; `inputs` given here override them. */
                    presetId?: string;
                    /** @description Put out the agent's pinned outputs instead of running those nodes: the editor's runs only (a session, not an API key). */
                    usePins?: boolean;
                };
            };
        };
        responses: {
            /** @description Accepted: the run goes on; follow it by its id. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        runId: string;
                        status: components["schemas"]["GraphRunStatus"];
                    };
                };
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    runNode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                nodeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description Values for the node's pins, set over its settings.
                     * @default {}
                     */
                    inputs?: {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description Accepted: the run goes on; follow it by its id. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        runId: string;
                        status: components["schemas"]["GraphRunStatus"];
                    };
                };
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    listRuns: {
        parameters: {
            query?: {
                graphId?: string;
                status?: "QUEUED" | "RUNNING" | "REVIEW" | "COMPLETED" | "FAILED" | "TERMINATED";
                trigger?: "manual" | "api" | "webhook" | "schedule" | "message" | "rerun" | "node" | "copilot" | "mcp" | "error" | "app" | "evaluation";
                /** @description Only runs created at or after this time (ms since 1970). */
                since?: number;
                /** @description Only runs created before this time (ms since 1970). */
                until?: number;
                limit?: number;
                offset?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        runs: components["schemas"]["GraphRunRecord"][];
                        total: number;
                        counts: {
                            [key: string]: number;
                        };
                    };
                };
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    getRun: {
        parameters: {
            query?: {
                /** @description Node runs after this seq (nodeRunsNext of the page before). */
                after?: number;
                /** @description Node runs in this page. */
                limit?: number;
                /** @description Only this node's runs in the page (and in nodeRunsTotal): every run of a fanned-out node. */
                nodeId?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RunDetail"];
                };
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    deleteRun: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; nothing to send back. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    getRunValue: {
        parameters: {
            query: {
                /** @description The node run's seq; absent: the run's own outputs. */
                nodeRun?: number;
                part?: "outputs" | "inputs";
                /** @description The output (or input) name. */
                name: string;
                /** @description Which value of the output, from 0. */
                index?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The value: text as text/plain, anything else as JSON. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                    "application/json": unknown;
                };
            };
            /** @description Found elsewhere: follow the Location header. */
            302: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    stopRun: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        run: components["schemas"]["GraphRunRecord"];
                    };
                };
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    rerunRun: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    inputs?: {
                        [key: string]: unknown;
                    };
                    /** @description Re-run this node and what depends on it with the agent's latest version, reusing the rest of the run (docs/semantics.md). */
                    fromNode?: string;
                };
            };
        };
        responses: {
            /** @description Accepted: the run goes on; follow it by its id. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        runId: string;
                        status: components["schemas"]["GraphRunStatus"];
                    };
                };
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    listRunShares: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        shares: components["schemas"]["RunShare"][];
                    };
                };
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    shareRun: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        share: components["schemas"]["RunShare"];
                        token: string;
                        path: string;
                    };
                };
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    revokeRunShare: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                shareId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; nothing to send back. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    getApp: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        app: components["schemas"]["PublishedApp"];
                    };
                };
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    publishApp: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    slug: string;
                    /**
                     * @description A form of the agent's inputs, or a chat: the agent takes the visitor's message as its Input `message` (and the earlier turns as `history`) and answers on its Output `reply`.
                     * @default form
                     * @enum {string}
                     */
                    kind?: "form" | "chat";
                    title: string;
                    /** @default  */
                    description?: string;
                    /**
                     * @description Who may open the page: the workspace's members (signed in), anyone with its link (the link carries a key), or anyone.
                     * @enum {string}
                     */
                    access: "members" | "link" | "public";
                    /**
                     * @description Runs a minute the visitors may start, all together.
                     * @default 10
                     */
                    runsPerMinute?: number;
                    /**
                     * @description What the visitors' runs may spend per UTC day, together; null: no app budget.
                     * @default null
                     */
                    dailyBudget?: {
                        /** @description In US dollars (calls to models whose price is not known count nothing). */
                        costUsd?: number;
                        /** @description Input and output tokens together. */
                        tokens?: number;
                    } | null;
                    /**
                     * @description The sites whose pages may embed the app (its widget, or an iframe of its page); none: no other site may frame it.
                     * @default []
                     */
                    allowedOrigins?: string[];
                    /** @description Give the link a new key: links with the old one stop working. */
                    newLinkKey?: boolean;
                };
            };
        };
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        app: components["schemas"]["PublishedApp"];
                    };
                };
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    unpublishApp: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; nothing to send back. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    listAppConversations: {
        parameters: {
            query?: {
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        conversations: components["schemas"]["AppConversation"][];
                    };
                };
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    getAppConversation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                conversationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        conversation: components["schemas"]["AppConversation"];
                        messages: components["schemas"]["AppMessage"][];
                    };
                };
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    listPins: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        pins: components["schemas"]["NodePin"][];
                    };
                };
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    pinOutputs: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                nodeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description What the node puts out instead of running, in runs from the editor. */
                    outputs: {
                        [key: string]: unknown[];
                    };
                    fromRunId?: string;
                };
            };
        };
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        pin: components["schemas"]["NodePin"];
                    };
                };
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    unpinOutputs: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                nodeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; nothing to send back. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    listFiles: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        files: components["schemas"]["FileInfo"][];
                        total: number;
                    };
                };
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    uploadFile: {
        parameters: {
            query: {
                name: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "*/*": string;
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        file: components["schemas"]["FileRef"];
                    };
                };
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    downloadFile: {
        parameters: {
            query?: {
                inline?: "0" | "1";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, with its own type. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": string;
                };
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    deleteFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; nothing to send back. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    listWebhooks: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        webhooks: components["schemas"]["Webhook"][];
                    };
                };
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    createWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default webhook */
                    name?: string;
                    /** @description Start runs from this preset's inputs */
                    presetId?: string;
                    /** @description Only signed calls start a run */
                    signature?: {
                        secret: string;
                        /**
                         * @description github: the header is sha256=<HMAC-SHA256 of the body>; slack: Slack's v0 signature with X-Slack-Request-Timestamp; stripe: Stripe-Signature's t=…,v1=… (the endpoint's whsec_ secret)
                         * @default github
                         * @enum {string}
                         */
                        scheme?: "github" | "slack" | "stripe";
                        /** @description Default X-Hub-Signature-256 (github), X-Slack-Signature (slack) or Stripe-Signature (stripe) */
                        header?: string;
                    };
                    /** @description Give the run the whole request as its `request` input ({ body, query, headers }) instead of the body keys as inputs */
                    request?: {
                        /** @default [] */
                        headers?: string[];
                    };
                    /** @description Run the version this alias points at; absent: the production alias's when the agent has one, else the latest */
                    alias?: string;
                };
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        webhook: components["schemas"]["Webhook"];
                        url: string;
                        path: string;
                    };
                };
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    deleteWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; nothing to send back. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    listPresets: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        presets: components["schemas"]["Preset"][];
                    };
                };
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    createPreset: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    /** @description Values for the graph's Input blocks, by name. */
                    inputs: {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        preset: components["schemas"]["Preset"];
                    };
                };
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    deletePreset: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; nothing to send back. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    changePreset: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    /** @description Values for the graph's Input blocks, by name. */
                    inputs?: {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        preset: components["schemas"]["Preset"];
                    };
                };
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    listGraphSchedules: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        schedules: components["schemas"]["ShownSchedule"][];
                    };
                };
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    createSchedule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    /** @description 5 fields (minute hour day-of-month month day-of-week), or 6 with seconds first */
                    cron: string;
                    /** @description IANA time zone, e.g. Europe/Berlin */
                    timezone: string;
                    /** @description Run inputs by Input-block name (or give presetId) */
                    inputs?: {
                        [key: string]: unknown;
                    };
                    /** @description Run with this preset of the graph (or give inputs) */
                    presetId?: string;
                    /** @description Run the version this alias points at; absent: the production alias's when the agent has one, else the latest */
                    alias?: string;
                    enabled?: boolean;
                    /**
                     * @description A fire time missed while the platform was down: 'skip' it (default) or run the 'latest' one once
                     * @enum {string}
                     */
                    catchUp?: "skip" | "latest";
                    /**
                     * @description A fire while the last run still goes: 'allow' another (default) or 'skip' it
                     * @enum {string}
                     */
                    overlap?: "allow" | "skip";
                };
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShownSchedule"];
                };
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    listSchedules: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        schedules: components["schemas"]["ShownSchedule"][];
                    };
                };
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    listScheduleFires: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        fires: components["schemas"]["ScheduleFire"][];
                    };
                };
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    deleteSchedule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; nothing to send back. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    changeSchedule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    /** @description 5 fields (minute hour day-of-month month day-of-week), or 6 with seconds first */
                    cron?: string;
                    /** @description IANA time zone, e.g. Europe/Berlin */
                    timezone?: string;
                    inputs?: {
                        [key: string]: unknown;
                    } | null;
                    presetId?: string | null;
                    alias?: string | null;
                    enabled?: boolean;
                    /**
                     * @description A fire time missed while the platform was down: 'skip' it (default) or run the 'latest' one once
                     * @enum {string}
                     */
                    catchUp?: "skip" | "latest";
                    /**
                     * @description A fire while the last run still goes: 'allow' another (default) or 'skip' it
                     * @enum {string}
                     */
                    overlap?: "allow" | "skip";
                };
            };
        };
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShownSchedule"];
                };
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    listGraphMessageTriggers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        triggers: components["schemas"]["MessageTrigger"][];
                    };
                };
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    createMessageTrigger: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    /**
                     * @description amqp: RabbitMQ (AMQP 0-9-1); mqtt: an MQTT broker (v5); nats: NATS JetStream; redis: a Redis stream.
                     * @enum {string}
                     */
                    broker: "amqp" | "mqtt" | "nats" | "redis";
                    /** @description A credential of the kind named by broker (amqp, mqtt, nats or redis) */
                    credentialId: string;
                    /** @description What to consume: a queue (RabbitMQ; made, durable, when it does not exist), a topic filter (MQTT; + and # allowed), a subject a JetStream stream captures (NATS; * and > allowed) or a stream key (Redis) */
                    source: string;
                    /** @description The Input block each message goes to (default "message") */
                    input?: string;
                    /** @description The rest of each run's inputs come from this preset of the agent */
                    presetId?: string;
                    /** @description Run the version this alias points at; absent: the production alias's when the agent has one, else the latest */
                    alias?: string;
                    enabled?: boolean;
                };
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        trigger: components["schemas"]["MessageTrigger"];
                    };
                };
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    listMessageTriggers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        triggers: components["schemas"]["MessageTrigger"][];
                    };
                };
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    getMessageTrigger: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        trigger: components["schemas"]["MessageTrigger"];
                    };
                };
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    deleteMessageTrigger: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; nothing to send back. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    changeMessageTrigger: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    /** @description A credential of the kind named by broker (amqp, mqtt, nats or redis) */
                    credentialId?: string;
                    /** @description What to consume: a queue (RabbitMQ; made, durable, when it does not exist), a topic filter (MQTT; + and # allowed), a subject a JetStream stream captures (NATS; * and > allowed) or a stream key (Redis) */
                    source?: string;
                    /** @description The Input block each message goes to (default "message") */
                    input?: string;
                    presetId?: string | null;
                    alias?: string | null;
                    enabled?: boolean;
                };
            };
        };
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        trigger: components["schemas"]["MessageTrigger"];
                    };
                };
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    listReviews: {
        parameters: {
            query?: {
                /** @description pending: waiting, in runs still going; decided: approved or rejected. */
                status?: "pending" | "decided";
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        reviews: components["schemas"]["Review"][];
                    };
                };
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    getReview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        review: components["schemas"]["Review"];
                    };
                };
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    decideReview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    decision: "approve" | "reject";
                    /** @description Approve with this data instead of the reviewed data; only for an editable review. */
                    data?: unknown;
                    /** @description Why it is rejected; passed on with the rejection. */
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        review: components["schemas"]["Review"];
                        run: components["schemas"]["GraphRunRecord"];
                    };
                };
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    listCopilotSessions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        sessions: components["schemas"]["CopilotSession"][];
                    };
                };
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    createCopilotSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The model credential; none: your only model credential. */
                    credentialId?: string;
                    /** @description Model id, e.g. "gpt-4o-mini"; default gpt-4o-mini. */
                    model?: string;
                    /** @description The agent the session works on (the builder’s copilot panel). */
                    graphId?: string;
                };
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        session: components["schemas"]["CopilotSession"];
                    };
                };
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    getCopilotSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CopilotSessionDetail"];
                };
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    deleteCopilotSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; nothing to send back. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    changeCopilotSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    title?: string;
                    credentialId?: string | null;
                    model?: string;
                };
            };
        };
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        session: components["schemas"]["CopilotSession"];
                    };
                };
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    stopCopilot: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        stopped: boolean;
                    };
                };
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    sayToCopilot: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    text: string;
                    /** @description Workspace files to attach. */
                    fileIds?: string[];
                };
            };
        };
        responses: {
            /** @description The turn as server-sent events; each data line is one TurnMessage (JSON). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": string;
                };
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    listCopilotMemories: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        memories: components["schemas"]["CopilotMemory"][];
                    };
                };
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    addCopilotMemory: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    text: string;
                };
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        memory: components["schemas"]["CopilotMemory"];
                    };
                };
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    deleteCopilotMemory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; nothing to send back. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    openMcpStream: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Not this method. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    callMcp: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A JSON-RPC answer, as JSON or as server-sent events. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                    "text/event-stream": string;
                };
            };
            /** @description Accepted: the run goes on; follow it by its id. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A body that is not JSON: a JSON-RPC parse error, {"jsonrpc":"2.0","id":null,"error":{"code":-32700,"message"}}. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    endMcpSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Not this method. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    listCredentialKinds: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        kinds: {
                            [key: string]: {
                                title?: string;
                                properties?: {
                                    [key: string]: {
                                        title?: string;
                                        description?: string;
                                    } & {
                                        [key: string]: unknown;
                                    };
                                };
                                required?: string[];
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    listCredentials: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        credentials: components["schemas"]["CredentialInfo"][];
                    };
                };
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    createCredential: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    /** @enum {string} */
                    kind: "http_bearer" | "http_basic" | "http_header" | "openai" | "anthropic" | "ollama" | "openai_compatible" | "github_token" | "linear_key" | "airtable_token" | "notion_token" | "tavily_key" | "exa_key" | "brave_key" | "serpapi_key" | "jina_key" | "todoist_token" | "atlassian" | "hubspot_token" | "stripe_key" | "twilio" | "whatsapp" | "trello" | "asana_token" | "clickup_token" | "gitlab_token" | "salesforce" | "sendgrid_key" | "mailchimp" | "pipedrive_token" | "typeform_token" | "calendly_token" | "zendesk" | "shopify" | "intercom_token" | "firecrawl_key" | "apify_token" | "qdrant" | "pinecone" | "dropbox_token" | "s3" | "perplexity_key" | "elevenlabs_key" | "replicate_token" | "youtube_key" | "x_token" | "slack_bot" | "slack_webhook" | "discord_webhook" | "teams_webhook" | "discord_bot" | "telegram_bot" | "smtp" | "postgres" | "mysql" | "amqp" | "mqtt" | "nats" | "redis" | "mcp_http" | "mcp_stdio";
                    /** @description The secret fields of the kind, e.g. { "token": "…" } for http_bearer. */
                    fields: {
                        [key: string]: string;
                    };
                };
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        credential: components["schemas"]["CredentialInfo"];
                    };
                };
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    testCredential: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ok: boolean;
                        message: string;
                        models?: string[];
                    };
                };
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    listCredentialModels: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        models: string[];
                    };
                };
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    deleteCredential: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        warning: string;
                    };
                };
            };
            /** @description Done; nothing to send back. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    renameCredential: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                };
            };
        };
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        credential: components["schemas"]["CredentialInfo"];
                    };
                };
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    listOAuthProviders: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        providers: components["schemas"]["OAuthProvider"][];
                    };
                };
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    startOAuth: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                provider: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The name the credential gets; default "<Provider> account". */
                    name?: string;
                    /** @description What to ask access to; default what the provider's blocks need. */
                    scopes?: string[];
                };
            };
        };
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        authorizeUrl: string;
                    };
                };
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    listWorkspaces: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        workspaces: components["schemas"]["Workspace"][];
                    };
                };
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    createWorkspace: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                };
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        workspace: components["schemas"]["Workspace"];
                    };
                };
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    getWorkspace: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        workspace: components["schemas"]["Workspace"];
                    };
                };
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    deleteWorkspace: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; nothing to send back. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    renameWorkspace: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                };
            };
        };
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        workspace: components["schemas"]["Workspace"];
                    };
                };
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    listMembers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        members: components["schemas"]["WorkspaceMember"][];
                    };
                };
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    removeMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; nothing to send back. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    changeMemberRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description owner, admin (members and settings), editor (build, run, triggers), runner (run agents, see their own runs), viewer (read).
                     * @enum {string}
                     */
                    role: "owner" | "admin" | "editor" | "runner" | "viewer";
                };
            };
        };
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        member: components["schemas"]["WorkspaceMember"];
                    };
                };
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    leaveWorkspace: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; nothing to send back. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    listInvitations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        invitations: components["schemas"]["WorkspaceInvitation"][];
                    };
                };
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    createInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description The role the person gets; owner is given, not invited.
                     * @enum {string}
                     */
                    role: "admin" | "editor" | "runner" | "viewer";
                    /**
                     * Format: email
                     * @description Only the account with this email may accept it.
                     */
                    email?: string;
                    /** @default 72 */
                    expiresInHours?: number;
                };
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        invitation: components["schemas"]["WorkspaceInvitation"];
                        token: string;
                        path: string;
                        emailed: boolean;
                        emailProblem?: string;
                    };
                };
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    revokeInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                invitationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; nothing to send back. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    previewInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        workspace: {
                            id: string;
                            name: string;
                        };
                        /** @enum {string} */
                        role: "owner" | "admin" | "editor" | "runner" | "viewer";
                        expiresAt: number;
                    };
                };
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    acceptInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        workspace: components["schemas"]["Workspace"];
                    };
                };
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    listAuditEvents: {
        parameters: {
            query?: {
                /** @description Only this operation, e.g. changeMemberRole. */
                action?: string;
                /** @description Only what this member did. */
                actorId?: string;
                /** @description Only events at or after this time (ms). */
                since?: number;
                /** @description Only events before this time (ms). */
                until?: number;
                before?: string;
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        events: components["schemas"]["AuditEvent"][];
                        next?: string;
                    };
                };
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    exportAuditEvents: {
        parameters: {
            query?: {
                /** @description Only this operation, e.g. changeMemberRole. */
                action?: string;
                /** @description Only what this member did. */
                actorId?: string;
                /** @description Only events at or after this time (ms). */
                since?: number;
                /** @description Only events before this time (ms). */
                until?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One AuditEvent as JSON per line. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/x-ndjson": string;
                };
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    listUsers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        users: {
                            id: string;
                            email: string;
                            isOwner: boolean;
                            createdAt: number;
                            workspaces: {
                                id: string;
                                name: string;
                                personal: boolean;
                                /** @enum {string} */
                                role: "owner" | "admin" | "editor" | "runner" | "viewer";
                            }[];
                        }[];
                    };
                };
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    listDatasets: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        datasets: components["schemas"]["Dataset"][];
                    };
                };
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    createDataset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    /** @default  */
                    description?: string;
                    /** @description The agent the cases are for. */
                    graphId?: string;
                    /** @default [] */
                    evaluators?: ({
                        /** @enum {string} */
                        kind: "exact";
                        output: string;
                        /** @description Compare text regardless of case. */
                        ignoreCase?: boolean;
                        /** @description Ignore spaces around text. */
                        trim?: boolean;
                    } | {
                        /** @enum {string} */
                        kind: "contains";
                        output: string;
                        ignoreCase?: boolean;
                    } | {
                        /** @enum {string} */
                        kind: "regex";
                        output: string;
                        /** @description A pattern without slashes; absent, the case's expectation is the pattern. */
                        pattern?: string;
                        ignoreCase?: boolean;
                    } | {
                        /** @enum {string} */
                        kind: "json_subset";
                        output: string;
                    } | {
                        /** @enum {string} */
                        kind: "number";
                        output: string;
                        /**
                         * @description How far from the expectation still scores 1.
                         * @default 0
                         */
                        tolerance?: number;
                        /** @description The tolerance is a fraction of the expectation (0.05 = 5 %). */
                        relative?: boolean;
                    } | {
                        /** @enum {string} */
                        kind: "json_schema";
                        output: string;
                        /** @description A JSON Schema; absent, the case's expectation is the schema. */
                        schema?: {
                            [key: string]: unknown;
                        };
                    } | {
                        /** @enum {string} */
                        kind: "judge";
                        output: string;
                        rubric: string;
                        /** @default gpt-4o-mini */
                        model?: string;
                        /** @description The model credential's id; absent, the workspace's only model credential. */
                        credential?: string;
                    } | {
                        /** @enum {string} */
                        kind: "agent";
                        output: string;
                        /** @description A saved agent with Inputs among `output`, `expected`, `inputs`, `output_name` and Outputs `score` and `reason`. */
                        graphId: string;
                        version?: number;
                    })[];
                    /** @default 0.8 */
                    threshold?: number;
                    /** @default [] */
                    cases?: {
                        /** @default {} */
                        inputs?: {
                            [key: string]: unknown;
                        };
                        /** @default {} */
                        expected?: {
                            [key: string]: unknown;
                        };
                    }[];
                };
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        dataset: components["schemas"]["Dataset"];
                    };
                };
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    getDataset: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        dataset: components["schemas"]["Dataset"];
                        cases: components["schemas"]["DatasetCase"][];
                    };
                };
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    deleteDataset: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; nothing to send back. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    changeDataset: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    description?: string;
                    graphId?: string | null;
                    evaluators?: ({
                        /** @enum {string} */
                        kind: "exact";
                        output: string;
                        /** @description Compare text regardless of case. */
                        ignoreCase?: boolean;
                        /** @description Ignore spaces around text. */
                        trim?: boolean;
                    } | {
                        /** @enum {string} */
                        kind: "contains";
                        output: string;
                        ignoreCase?: boolean;
                    } | {
                        /** @enum {string} */
                        kind: "regex";
                        output: string;
                        /** @description A pattern without slashes; absent, the case's expectation is the pattern. */
                        pattern?: string;
                        ignoreCase?: boolean;
                    } | {
                        /** @enum {string} */
                        kind: "json_subset";
                        output: string;
                    } | {
                        /** @enum {string} */
                        kind: "number";
                        output: string;
                        /**
                         * @description How far from the expectation still scores 1.
                         * @default 0
                         */
                        tolerance?: number;
                        /** @description The tolerance is a fraction of the expectation (0.05 = 5 %). */
                        relative?: boolean;
                    } | {
                        /** @enum {string} */
                        kind: "json_schema";
                        output: string;
                        /** @description A JSON Schema; absent, the case's expectation is the schema. */
                        schema?: {
                            [key: string]: unknown;
                        };
                    } | {
                        /** @enum {string} */
                        kind: "judge";
                        output: string;
                        rubric: string;
                        /** @default gpt-4o-mini */
                        model?: string;
                        /** @description The model credential's id; absent, the workspace's only model credential. */
                        credential?: string;
                    } | {
                        /** @enum {string} */
                        kind: "agent";
                        output: string;
                        /** @description A saved agent with Inputs among `output`, `expected`, `inputs`, `output_name` and Outputs `score` and `reason`. */
                        graphId: string;
                        version?: number;
                    })[];
                    threshold?: number;
                };
            };
        };
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        dataset: components["schemas"]["Dataset"];
                    };
                };
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    addDatasetCases: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    cases: {
                        /** @default {} */
                        inputs?: {
                            [key: string]: unknown;
                        };
                        /** @default {} */
                        expected?: {
                            [key: string]: unknown;
                        };
                    }[];
                };
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        cases: components["schemas"]["DatasetCase"][];
                    };
                };
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    importDatasetCases: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    format: "csv" | "jsonl";
                    /** @description CSV with a header line (inputs by name, expected.<output> for expectations), or one {"inputs","expected"} object per line. */
                    text: string;
                };
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        cases: components["schemas"]["DatasetCase"][];
                    };
                };
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    addTableAsCases: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description A data table, by id or name: columns named expected.<output> are expectations, the others inputs. */
                    table: string;
                };
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        cases: components["schemas"]["DatasetCase"][];
                    };
                };
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    addRunsAsCases: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    runIds: string[];
                };
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        cases: components["schemas"]["DatasetCase"][];
                    };
                };
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    deleteDatasetCase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                caseId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; nothing to send back. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    changeDatasetCase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    inputs?: {
                        [key: string]: unknown;
                    };
                    expected?: {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        case: components["schemas"]["DatasetCase"];
                    };
                };
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    listDataTables: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        tables: components["schemas"]["DataTable"][];
                    };
                };
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    createDataTable: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description What blocks name the table by. */
                    name: string;
                    /** @default  */
                    description?: string;
                    /**
                     * @description The columns in order: a name, and a type (text, number, boolean, date or json).
                     * @default []
                     */
                    columns?: {
                        name: string;
                        /** @enum {string} */
                        type: "text" | "number" | "boolean" | "date" | "json";
                    }[];
                    /** @description Instead of columns: a CSV whose header names them (each typed by its cells) and whose rows the table starts with. */
                    csv?: string;
                };
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        table: components["schemas"]["DataTable"];
                    };
                };
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    getDataTable: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        table: components["schemas"]["DataTable"];
                    };
                };
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    deleteDataTable: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; nothing to send back. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    changeDataTable: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description What blocks name the table by. */
                    name?: string;
                    description?: string;
                    /** @description The columns in order: a name, and a type (text, number, boolean, date or json). */
                    columns?: {
                        name: string;
                        /** @enum {string} */
                        type: "text" | "number" | "boolean" | "date" | "json";
                    }[];
                };
            };
        };
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        table: components["schemas"]["DataTable"];
                    };
                };
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    queryDataTable: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default [] */
                    where?: {
                        /** @description A column, or "id". */
                        column: string;
                        /**
                         * @description eq, ne, gt, gte, lt, lte, contains and starts_with (text, ignoring case), in (value is a list), is_empty, is_not_empty.
                         * @default eq
                         * @enum {string}
                         */
                        op?: "eq" | "ne" | "gt" | "gte" | "lt" | "lte" | "contains" | "starts_with" | "in" | "is_empty" | "is_not_empty";
                        value?: unknown;
                    }[];
                    /** @default [] */
                    sort?: {
                        column: string;
                        /**
                         * @default asc
                         * @enum {string}
                         */
                        direction?: "asc" | "desc";
                    }[];
                    /**
                     * @description At most 1000 rows a page (a row is up to 64 KB).
                     * @default 100
                     */
                    limit?: number;
                    /** @default 0 */
                    offset?: number;
                };
            };
        };
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        rows: components["schemas"]["DataTableRow"][];
                        total: number;
                    };
                };
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    addDataTableRows: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    rows: {
                        [key: string]: unknown;
                    }[];
                };
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        rows: components["schemas"]["DataTableRow"][];
                    };
                };
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    importDataTableCsv: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description CSV text with a header line naming the columns. */
                    csv: string;
                };
            };
        };
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        table: components["schemas"]["DataTable"];
                        imported: number;
                    };
                };
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    deleteDataTableRow: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                rowId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; nothing to send back. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    changeDataTableRow: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                rowId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Values by column name; each is converted to its column’s type. */
                    values: {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        row: components["schemas"]["DataTableRow"];
                    };
                };
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    listKnowledgeBases: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        bases: components["schemas"]["KnowledgeBase"][];
                    };
                };
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    createKnowledgeBase: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    /** @default  */
                    description?: string;
                    /** @description An openai, ollama or openai_compatible credential of the workspace. */
                    credentialId: string;
                    /**
                     * @description The embedding model; it cannot change later.
                     * @default text-embedding-3-small
                     */
                    model?: string;
                    /** @default 1500 */
                    chunkChars?: number;
                    /** @default 150 */
                    chunkOverlap?: number;
                };
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        base: components["schemas"]["KnowledgeBase"];
                    };
                };
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    getKnowledgeBase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        base: components["schemas"]["KnowledgeBase"];
                        documents: components["schemas"]["KnowledgeDocument"][];
                    };
                };
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    deleteKnowledgeBase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; nothing to send back. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    addKnowledgeDocument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    text: string;
                } | {
                    /** @description An uploaded file: PDF, Word (.docx), HTML, Markdown, CSV or text. */
                    fileId: string;
                } | {
                    /**
                     * Format: uri
                     * @description A web page (or a PDF) by its address.
                     */
                    url: string;
                };
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        document: components["schemas"]["KnowledgeDocument"];
                        unchanged: boolean;
                    };
                };
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    getKnowledgeDocument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                documentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        document: components["schemas"]["KnowledgeDocument"];
                        passages: {
                            position: number;
                            text: string;
                        }[];
                    };
                };
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    deleteKnowledgeDocument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                documentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; nothing to send back. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    searchKnowledgeBase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    query: string;
                    /** @default 5 */
                    limit?: number;
                };
            };
        };
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        passages: components["schemas"]["KnowledgePassage"][];
                    };
                };
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    listEvaluations: {
        parameters: {
            query?: {
                /** @description Only evaluations on this dataset (id). */
                dataset?: string;
                version?: number;
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        evaluations: components["schemas"]["Evaluation"][];
                    };
                };
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    startEvaluation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The dataset's id or name. */
                    dataset: string;
                    /** @description The agent version to evaluate (or alias); the latest when neither. */
                    version?: number;
                    /** @description Evaluate the version this alias points at. */
                    alias?: string;
                    /** @description Instead of the dataset's evaluators. */
                    evaluators?: ({
                        /** @enum {string} */
                        kind: "exact";
                        output: string;
                        /** @description Compare text regardless of case. */
                        ignoreCase?: boolean;
                        /** @description Ignore spaces around text. */
                        trim?: boolean;
                    } | {
                        /** @enum {string} */
                        kind: "contains";
                        output: string;
                        ignoreCase?: boolean;
                    } | {
                        /** @enum {string} */
                        kind: "regex";
                        output: string;
                        /** @description A pattern without slashes; absent, the case's expectation is the pattern. */
                        pattern?: string;
                        ignoreCase?: boolean;
                    } | {
                        /** @enum {string} */
                        kind: "json_subset";
                        output: string;
                    } | {
                        /** @enum {string} */
                        kind: "number";
                        output: string;
                        /**
                         * @description How far from the expectation still scores 1.
                         * @default 0
                         */
                        tolerance?: number;
                        /** @description The tolerance is a fraction of the expectation (0.05 = 5 %). */
                        relative?: boolean;
                    } | {
                        /** @enum {string} */
                        kind: "json_schema";
                        output: string;
                        /** @description A JSON Schema; absent, the case's expectation is the schema. */
                        schema?: {
                            [key: string]: unknown;
                        };
                    } | {
                        /** @enum {string} */
                        kind: "judge";
                        output: string;
                        rubric: string;
                        /** @default gpt-4o-mini */
                        model?: string;
                        /** @description The model credential's id; absent, the workspace's only model credential. */
                        credential?: string;
                    } | {
                        /** @enum {string} */
                        kind: "agent";
                        output: string;
                        /** @description A saved agent with Inputs among `output`, `expected`, `inputs`, `output_name` and Outputs `score` and `reason`. */
                        graphId: string;
                        version?: number;
                    })[];
                    /** @description Instead of the dataset's threshold. */
                    threshold?: number;
                    /** @description Cases run at once (4 when absent). */
                    concurrency?: number;
                };
            };
        };
        responses: {
            /** @description Accepted: the run goes on; follow it by its id. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        evaluation: components["schemas"]["Evaluation"];
                    };
                };
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    getEvaluation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        evaluation: components["schemas"]["Evaluation"];
                        cases: components["schemas"]["EvaluationCase"][];
                    };
                };
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    deleteEvaluation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; nothing to send back. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    compareEvaluations: {
        parameters: {
            query: {
                /** @description The evaluation to compare against (the base). */
                with: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvaluationComparison"];
                };
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    stopEvaluation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        evaluation: components["schemas"]["Evaluation"];
                    };
                };
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    listReleases: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        aliases: components["schemas"]["GraphAlias"][];
                        releases: components["schemas"]["Release"][];
                    };
                };
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    moveAlias: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                name: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The version the alias points at from now on (an older one: a rollback). */
                    version: number;
                    /** @description Set (or with null remove) what moving the alias needs; absent keeps it. Changing it needs manage (admin). */
                    gate?: {
                        /** @description An evaluation of the version on this dataset … */
                        datasetId: string;
                        /** @description … must have scored at least this. */
                        minScore: number;
                    } | null;
                };
            };
        };
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        alias: components["schemas"]["GraphAlias"];
                        release: components["schemas"]["Release"];
                        evaluation?: components["schemas"]["Evaluation"];
                    };
                };
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    removeAlias: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; nothing to send back. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    getAgentSpend: {
        parameters: {
            query?: {
                /** @description How many days back the chart goes. */
                days?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        budget?: components["schemas"]["AgentBudget"];
                        today: components["schemas"]["Spend"];
                        month: components["schemas"]["Spend"];
                        days: {
                            costUsd: number;
                            tokens: number;
                            runs: number;
                            day: number;
                        }[];
                    };
                };
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    setAgentBudget: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Each run (a start may give its own). */
                    run?: {
                        /** @description In US dollars (calls to models whose price is not known count nothing). */
                        costUsd?: number;
                        /** @description Input and output tokens together. */
                        tokens?: number;
                    };
                    /** @description All runs of a UTC day. */
                    day?: {
                        /** @description In US dollars (calls to models whose price is not known count nothing). */
                        costUsd?: number;
                        /** @description Input and output tokens together. */
                        tokens?: number;
                    };
                    /** @description All runs of a UTC month. */
                    month?: {
                        /** @description In US dollars (calls to models whose price is not known count nothing). */
                        costUsd?: number;
                        /** @description Input and output tokens together. */
                        tokens?: number;
                    };
                };
            };
        };
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        budget?: components["schemas"]["AgentBudget"];
                        today: components["schemas"]["Spend"];
                        month: components["schemas"]["Spend"];
                        days: {
                            costUsd: number;
                            tokens: number;
                            runs: number;
                            day: number;
                        }[];
                    };
                };
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    getAccountBudget: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        operator?: components["schemas"]["SpendLimit"];
                        own?: components["schemas"]["SpendLimit"];
                        limit?: components["schemas"]["SpendLimit"];
                        month: components["schemas"]["Spend"];
                    };
                };
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    setAccountBudget: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description In US dollars (calls to models whose price is not known count nothing). */
                    costUsd?: number;
                    /** @description Input and output tokens together. */
                    tokens?: number;
                };
            };
        };
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        operator?: components["schemas"]["SpendLimit"];
                        own?: components["schemas"]["SpendLimit"];
                        limit?: components["schemas"]["SpendLimit"];
                        month: components["schemas"]["Spend"];
                    };
                };
            };
            /** @description Refused: the code says why, the message how to fix the request. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server failed; it has been logged. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
}
