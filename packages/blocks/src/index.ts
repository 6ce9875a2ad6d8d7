import type { AnyBlock } from '@blocksmith/sdk';
import { agentRunGraph } from './agent/run-graph.ts';
import { airtableCreateRecord } from './airtable/create-record.ts';
import { airtableListRecords } from './airtable/list-records.ts';
import { airtableUpdateRecord } from './airtable/update-record.ts';
import { aiAgent } from './ai/agent.ts';
import { aiCondition } from './ai/condition.ts';
import { aiConversation } from './ai/conversation.ts';
import { aiList } from './ai/list.ts';
import { aiStructured } from './ai/structured.ts';
import { aiText } from './ai/text.ts';
import { codeJavascript } from './code/javascript.ts';
import { dataConvert } from './data/convert.ts';
import { dataStoreValue } from './data/store-value.ts';
import { dictCreate } from './dict/create.ts';
import { dictGet } from './dict/get.ts';
import { dictKeys } from './dict/keys.ts';
import { dictMerge } from './dict/merge.ts';
import { dictSet } from './dict/set.ts';
import { feedRead } from './feed/read-feed.ts';
import { fileReadText } from './file/read-text.ts';
import { fileWriteText } from './file/write-text.ts';
import { githubComment } from './github/comment.ts';
import { githubCreateIssue } from './github/create-issue.ts';
import { githubListIssues } from './github/list-issues.ts';
import { githubListPullRequests } from './github/list-pull-requests.ts';
import { githubPullRequestDiff } from './github/pull-request-diff.ts';
import { githubReadFile } from './github/read-file.ts';
import { httpRequest } from './http/request.ts';
import { humanReview } from './human/review.ts';
import { inputBlock } from './io/input.ts';
import { noteBlock } from './io/note.ts';
import { outputBlock } from './io/output.ts';
import { notionAppendText } from './notion/append-text.ts';
import { notionCreatePage } from './notion/create-page.ts';
import { notionQueryDatabase } from './notion/query-database.ts';
import { notionSearch } from './notion/search.ts';
import { jsonParse } from './json/parse.ts';
import { mcpCallTool } from './mcp/call-tool.ts';
import { mcpListTools } from './mcp/list-tools.ts';
import { mcpServerTools } from './mcp/server-tools.ts';
import { jsonQuery } from './json/query.ts';
import { jsonStringify } from './json/stringify.ts';
import { discordPostWebhook } from './messaging/discord-webhook.ts';
import { slackPostMessage } from './slack/post-message.ts';
import { slackPostWebhook } from './messaging/slack-webhook.ts';
import { teamsPostWebhook } from './messaging/teams-webhook.ts';
import { telegramSendMessage } from './messaging/telegram-send-message.ts';
import { linearCreateIssue } from './linear/create-issue.ts';
import { linearSearchIssues } from './linear/search-issues.ts';
import { linearUpdateIssue } from './linear/update-issue.ts';
import { listConcat } from './list/concat.ts';
import { listCreate } from './list/create.ts';
import { listForEach } from './list/for-each.ts';
import { listGet } from './list/get.ts';
import { listLength } from './list/length.ts';
import { listSlice } from './list/slice.ts';
import { listSort } from './list/sort.ts';
import { listUnique } from './list/unique.ts';
import { logicBoolean } from './logic/boolean.ts';
import { logicCondition } from './logic/condition.ts';
import { logicSwitch } from './logic/switch.ts';
import { mathAggregate } from './math/aggregate.ts';
import { mathArithmetic } from './math/arithmetic.ts';
import { mathRound } from './math/round.ts';
import { textCase } from './text/case.ts';
import { todoistCloseTask } from './todoist/close-task.ts';
import { todoistCreateTask } from './todoist/create-task.ts';
import { todoistListTasks } from './todoist/list-tasks.ts';
import { textMarkdownToHtml } from './text/markdown-to-html.ts';
import { emailSend } from './email/send-email.ts';
import { sqlQuery } from './sql/query.ts';
import { mqttPublish } from './queue/mqtt-publish.ts';
import { rabbitmqPublish } from './queue/rabbitmq-publish.ts';
import { natsPublish } from './queue/nats-publish.ts';
import { redisStreamAdd } from './queue/redis-stream-add.ts';
import { knowledgeSearch } from './knowledge/search.ts';
import { linearGetIssue } from './linear/get-issue.ts';
import { todoistDeleteTask } from './todoist/delete-task.ts';
import { githubMergePullRequest } from './github/merge-pull-request.ts';
import { notionUpdatePage } from './notion/update-page.ts';
import { hubspotUpdateDeal } from './hubspot/update-deal.ts';
import { clickupUpdateTask } from './clickup/update-task.ts';
import { clickupListTasks } from './clickup/list-tasks.ts';
import { zendeskGetTicket } from './zendesk/get-ticket.ts';
import { asanaCommentTask } from './asana/comment-task.ts';
import { trelloCommentCard } from './trello/comment-card.ts';
import { slackDeleteMessage } from './slack/delete-message.ts';
import { slackUpdateMessage } from './slack/update-message.ts';
import { airtableDeleteRecord } from './airtable/delete-record.ts';
import { airtableGetRecord } from './airtable/get-record.ts';
import { stripeFindCustomers } from './stripe/find-customers.ts';
import { stripeRefundPayment } from './stripe/refund-payment.ts';
import { tableDelete } from './table/delete.ts';
import { tableInsert } from './table/insert.ts';
import { tableQuery } from './table/query.ts';
import { tableUpdate } from './table/update.ts';
import { tableUpsert } from './table/upsert.ts';
import { discordReadMessages } from './messaging/discord-read-messages.ts';
import { webSelect } from './web/select.ts';
import { jiraGetIssue } from './atlassian/jira-get-issue.ts';
import { hubspotUpdateContact } from './hubspot/update-contact.ts';
import { gitlabCreateIssue } from './gitlab/create-issue.ts';
import { gitlabListMergeRequests } from './gitlab/list-merge-requests.ts';
import { gitlabComment } from './gitlab/comment.ts';
import { salesforceQuery } from './salesforce/query.ts';
import { salesforceCreateRecord } from './salesforce/create-record.ts';
import { salesforceUpdateRecord } from './salesforce/update-record.ts';
import { sendgridSendEmail } from './sendgrid/send-email.ts';
import { mailchimpAddMember } from './mailchimp/add-member.ts';
import { pipedriveCreatePerson } from './pipedrive/create-person.ts';
import { pipedriveCreateDeal } from './pipedrive/create-deal.ts';
import { typeformListResponses } from './typeform/list-responses.ts';
import { calendlyListEvents } from './calendly/list-events.ts';
import { textCombine } from './text/combine.ts';
import { textLength } from './text/length.ts';
import { textRegexExtract } from './text/regex-extract.ts';
import { textRegexMatch } from './text/regex-match.ts';
import { textReplace } from './text/replace.ts';
import { textSplit } from './text/split.ts';
import { textTemplate } from './text/template.ts';
import { textTruncate } from './text/truncate.ts';
import { timeDelay } from './time/delay.ts';
import { timeFormat } from './time/format.ts';
import { timeNow } from './time/now.ts';
import { webExtractLinks } from './web/extract-links.ts';
import { webReadPage } from './web/read-page.ts';
import { webSearch } from './web/search.ts';
import { aiEmbed } from './ai/embed.ts';
import { aiGenerateImage } from './ai/generate-image.ts';
import { aiTextToSpeech } from './ai/text-to-speech.ts';
import { aiSpeechToText } from './ai/speech-to-text.ts';
import { memoryStore } from './memory/store.ts';
import { memorySearch } from './memory/search.ts';
import { githubAddLabels } from './github/add-labels.ts';
import { githubUpdateIssue } from './github/update-issue.ts';
import { githubGetPullRequest } from './github/get-pull-request.ts';
import { githubReviewPullRequest } from './github/review-pull-request.ts';
import { githubListReleases } from './github/list-releases.ts';
import { githubCreateRelease } from './github/create-release.ts';
import { githubSearchIssues } from './github/search-issues.ts';
import { slackReadHistory } from './slack/read-history.ts';
import { slackReadThread } from './slack/read-thread.ts';
import { slackListChannels } from './slack/list-channels.ts';
import { slackAddReaction } from './slack/add-reaction.ts';
import { telegramSendPhoto } from './messaging/telegram-send-photo.ts';
import { discordSendMessage } from './messaging/discord-send-message.ts';
import { googleSheetsReadRange } from './google/sheets-read-range.ts';
import { googleSheetsAppendRows } from './google/sheets-append-rows.ts';
import { googleSheetsUpdateRange } from './google/sheets-update-range.ts';
import { googleDriveListFiles } from './google/drive-list-files.ts';
import { googleDriveReadFile } from './google/drive-read-file.ts';
import { filePdfToText } from './file/pdf-to-text.ts';
import { linearComment } from './linear/comment.ts';
import { todoistUpdateTask } from './todoist/update-task.ts';
import { notionReadPage } from './notion/read-page.ts';
import { hackerNewsTopStories } from './hackernews/top-stories.ts';
import { hackerNewsGetItem } from './hackernews/get-item.ts';
import { wikipediaSearch } from './wikipedia/search.ts';
import { wikipediaSummary } from './wikipedia/summary.ts';
import { textHtmlToMarkdown } from './text/html-to-markdown.ts';
import { textHash } from './text/hash.ts';
import { textBase64 } from './text/base64.ts';
import { textSlugify } from './text/slugify.ts';
import { listFilter } from './list/filter.ts';
import { listChunk } from './list/chunk.ts';
import { listFlatten } from './list/flatten.ts';
import { dictPick } from './dict/pick.ts';
import { dataCsvParse } from './data/csv-parse.ts';
import { dataCsvFormat } from './data/csv-format.ts';
import { timeAdd } from './time/add.ts';
import { timeDifference } from './time/difference.ts';
import { urlParse } from './url/parse.ts';
import { urlBuild } from './url/build.ts';
import { youtubeSearch } from './youtube/search.ts';
import { youtubeVideoDetails } from './youtube/video-details.ts';
import { xPost } from './x/post.ts';
import { xSearchRecent } from './x/search-recent.ts';
import { redditSearch } from './reddit/search.ts';
import { redditSubredditPosts } from './reddit/subreddit-posts.ts';
import { perplexityAsk } from './perplexity/ask.ts';
import { elevenlabsTextToSpeech } from './elevenlabs/text-to-speech.ts';
import { replicateRunModel } from './replicate/run-model.ts';
import { s3ListObjects } from './s3/list-objects.ts';
import { s3GetObject } from './s3/get-object.ts';
import { s3PutObject } from './s3/put-object.ts';
import { s3PresignUrl } from './s3/presign-url.ts';
import { dropboxListFolder } from './dropbox/list-folder.ts';
import { dropboxUpload } from './dropbox/upload.ts';
import { dropboxDownload } from './dropbox/download.ts';
import { outlookSearchMail } from './microsoft/outlook-search-mail.ts';
import { outlookSendMail } from './microsoft/outlook-send-mail.ts';
import { outlookListEvents } from './microsoft/outlook-list-events.ts';
import { outlookCreateEvent } from './microsoft/outlook-create-event.ts';
import { onedriveListFiles } from './microsoft/onedrive-list-files.ts';
import { onedriveReadFile } from './microsoft/onedrive-read-file.ts';
import { onedriveWriteFile } from './microsoft/onedrive-write-file.ts';
import { teamsPostMessage } from './microsoft/teams-post-message.ts';
import { excelReadTable } from './microsoft/excel-read-table.ts';
import { excelAddRows } from './microsoft/excel-add-rows.ts';
import { redisGet } from './redis/get.ts';
import { redisSet } from './redis/set.ts';
import { redisDelete } from './redis/delete.ts';
import { redisIncrement } from './redis/increment.ts';
import { redisListPush } from './redis/list-push.ts';
import { redisListRange } from './redis/list-range.ts';
import { redisPublish } from './redis/publish.ts';
import { gmailSearch } from './google/gmail-search.ts';
import { gmailSend } from './google/gmail-send.ts';
import { gmailReply } from './google/gmail-reply.ts';
import { gmailLabel } from './google/gmail-label.ts';
import { googleCalendarListEvents } from './google/calendar-list-events.ts';
import { googleCalendarCreateEvent } from './google/calendar-create-event.ts';
import { googleCalendarUpdateEvent } from './google/calendar-update-event.ts';
import { googleDocsRead } from './google/docs-read.ts';
import { googleDocsCreate } from './google/docs-create.ts';
import { googleDocsAppend } from './google/docs-append.ts';
import { firecrawlScrape } from './firecrawl/scrape.ts';
import { firecrawlMapSite } from './firecrawl/map-site.ts';
import { apifyRunActor } from './apify/run-actor.ts';
import { qdrantUpsert } from './qdrant/upsert.ts';
import { qdrantSearch } from './qdrant/search.ts';
import { pineconeUpsert } from './pinecone/upsert.ts';
import { pineconeQuery } from './pinecone/query.ts';
import { shopifyListOrders } from './shopify/list-orders.ts';
import { shopifyCreateProduct } from './shopify/create-product.ts';
import { intercomReplyConversation } from './intercom/reply-conversation.ts';
import { zendeskCreateTicket } from './zendesk/create-ticket.ts';
import { zendeskSearchTickets } from './zendesk/search-tickets.ts';
import { zendeskUpdateTicket } from './zendesk/update-ticket.ts';
import { trelloCreateCard } from './trello/create-card.ts';
import { trelloListCards } from './trello/list-cards.ts';
import { trelloMoveCard } from './trello/move-card.ts';
import { asanaCreateTask } from './asana/create-task.ts';
import { asanaListTasks } from './asana/list-tasks.ts';
import { asanaCompleteTask } from './asana/complete-task.ts';
import { clickupCreateTask } from './clickup/create-task.ts';
import { twilioSendSms } from './twilio/send-sms.ts';
import { whatsappSendMessage } from './whatsapp/send-message.ts';
import { stripeCreateCustomer } from './stripe/create-customer.ts';
import { stripeListPayments } from './stripe/list-payments.ts';
import { stripeCreateInvoice } from './stripe/create-invoice.ts';
import { hubspotCreateContact } from './hubspot/create-contact.ts';
import { hubspotSearchContacts } from './hubspot/search-contacts.ts';
import { hubspotCreateDeal } from './hubspot/create-deal.ts';
import { jiraSearchIssues } from './atlassian/jira-search-issues.ts';
import { jiraCreateIssue } from './atlassian/jira-create-issue.ts';
import { jiraAddComment } from './atlassian/jira-add-comment.ts';
import { jiraTransitionIssue } from './atlassian/jira-transition-issue.ts';
import { confluenceSearch } from './atlassian/confluence-search.ts';
import { confluenceGetPage } from './atlassian/confluence-get-page.ts';
import { confluenceCreatePage } from './atlassian/confluence-create-page.ts';

/** Every block of the standard library, in palette order. */
export const standardBlocks: AnyBlock[] = [
  inputBlock,
  outputBlock,
  noteBlock,
  textTemplate,
  textCombine,
  textSplit,
  textReplace,
  textRegexMatch,
  textRegexExtract,
  textLength,
  textCase,
  textTruncate,
  textMarkdownToHtml,
  textHtmlToMarkdown,
  textHash,
  textBase64,
  textSlugify,
  mathArithmetic,
  mathRound,
  mathAggregate,
  logicCondition,
  logicSwitch,
  logicBoolean,
  listForEach,
  listCreate,
  listGet,
  listLength,
  listSlice,
  listConcat,
  listSort,
  listUnique,
  listFilter,
  listChunk,
  listFlatten,
  dictCreate,
  dictGet,
  dictSet,
  dictKeys,
  dictMerge,
  dictPick,
  jsonParse,
  jsonStringify,
  jsonQuery,
  dataStoreValue,
  dataConvert,
  dataCsvParse,
  dataCsvFormat,
  timeNow,
  timeFormat,
  timeDelay,
  timeAdd,
  timeDifference,
  fileReadText,
  fileWriteText,
  filePdfToText,
  httpRequest,
  urlParse,
  urlBuild,
  webReadPage,
  webExtractLinks,
  webSearch,
  hackerNewsTopStories,
  hackerNewsGetItem,
  wikipediaSearch,
  wikipediaSummary,
  feedRead,
  githubListIssues,
  githubCreateIssue,
  githubComment,
  githubListPullRequests,
  githubPullRequestDiff,
  githubReadFile,
  githubAddLabels,
  githubUpdateIssue,
  githubGetPullRequest,
  githubReviewPullRequest,
  githubListReleases,
  githubCreateRelease,
  githubSearchIssues,
  linearSearchIssues,
  linearCreateIssue,
  linearUpdateIssue,
  linearComment,
  airtableListRecords,
  airtableCreateRecord,
  airtableUpdateRecord,
  notionSearch,
  notionCreatePage,
  notionAppendText,
  notionQueryDatabase,
  notionReadPage,
  todoistListTasks,
  todoistCreateTask,
  todoistCloseTask,
  todoistUpdateTask,
  googleSheetsReadRange,
  googleSheetsAppendRows,
  googleSheetsUpdateRange,
  googleDriveListFiles,
  googleDriveReadFile,
  slackPostMessage,
  slackReadHistory,
  slackReadThread,
  slackListChannels,
  slackAddReaction,
  slackPostWebhook,
  discordPostWebhook,
  teamsPostWebhook,
  telegramSendMessage,
  telegramSendPhoto,
  discordSendMessage,
  emailSend,
  sqlQuery,
  rabbitmqPublish,
  mqttPublish,
  natsPublish,
  redisStreamAdd,
  tableInsert,
  tableQuery,
  tableUpdate,
  tableUpsert,
  tableDelete,
  knowledgeSearch,
  linearGetIssue,
  todoistDeleteTask,
  githubMergePullRequest,
  notionUpdatePage,
  hubspotUpdateDeal,
  clickupUpdateTask,
  clickupListTasks,
  zendeskGetTicket,
  asanaCommentTask,
  trelloCommentCard,
  slackDeleteMessage,
  slackUpdateMessage,
  airtableDeleteRecord,
  airtableGetRecord,
  stripeFindCustomers,
  stripeRefundPayment,
  discordReadMessages,
  webSelect,
  jiraGetIssue,
  hubspotUpdateContact,
  gitlabCreateIssue,
  gitlabListMergeRequests,
  gitlabComment,
  salesforceQuery,
  salesforceCreateRecord,
  salesforceUpdateRecord,
  sendgridSendEmail,
  mailchimpAddMember,
  pipedriveCreatePerson,
  pipedriveCreateDeal,
  typeformListResponses,
  calendlyListEvents,
  youtubeSearch,
  youtubeVideoDetails,
  xPost,
  xSearchRecent,
  redditSearch,
  redditSubredditPosts,
  perplexityAsk,
  elevenlabsTextToSpeech,
  replicateRunModel,
  s3ListObjects,
  s3GetObject,
  s3PutObject,
  s3PresignUrl,
  dropboxListFolder,
  dropboxUpload,
  dropboxDownload,
  outlookSearchMail,
  outlookSendMail,
  outlookListEvents,
  outlookCreateEvent,
  onedriveListFiles,
  onedriveReadFile,
  onedriveWriteFile,
  teamsPostMessage,
  excelReadTable,
  excelAddRows,
  redisGet,
  redisSet,
  redisDelete,
  redisIncrement,
  redisListPush,
  redisListRange,
  redisPublish,
  gmailSearch,
  gmailSend,
  gmailReply,
  gmailLabel,
  googleCalendarListEvents,
  googleCalendarCreateEvent,
  googleCalendarUpdateEvent,
  googleDocsRead,
  googleDocsCreate,
  googleDocsAppend,
  firecrawlScrape,
  firecrawlMapSite,
  apifyRunActor,
  qdrantUpsert,
  qdrantSearch,
  pineconeUpsert,
  pineconeQuery,
  shopifyListOrders,
  shopifyCreateProduct,
  intercomReplyConversation,
  zendeskCreateTicket,
  zendeskSearchTickets,
  zendeskUpdateTicket,
  trelloCreateCard,
  trelloListCards,
  trelloMoveCard,
  asanaCreateTask,
  asanaListTasks,
  asanaCompleteTask,
  clickupCreateTask,
  twilioSendSms,
  whatsappSendMessage,
  stripeCreateCustomer,
  stripeListPayments,
  stripeCreateInvoice,
  hubspotCreateContact,
  hubspotSearchContacts,
  hubspotCreateDeal,
  jiraSearchIssues,
  jiraCreateIssue,
  jiraAddComment,
  jiraTransitionIssue,
  confluenceSearch,
  confluenceGetPage,
  confluenceCreatePage,
  mcpListTools,
  mcpCallTool,
  mcpServerTools,
  codeJavascript,
  aiText,
  aiConversation,
  aiStructured,
  aiList,
  aiCondition,
  aiAgent,
  aiEmbed,
  aiGenerateImage,
  aiTextToSpeech,
  aiSpeechToText,
  memoryStore,
  memorySearch,
  agentRunGraph,
  humanReview,
];
export { listModels } from './ai/list-models.ts';
export { embedOutsideRun } from './ai/embed-outside-run.ts';
export { documentText } from './file/document-text.ts';
export { chunkText } from './memory/chunk-text.ts';
export {
  amqpConnection,
  jetStream,
  mqttClient,
  natsConnection,
  outboundFetch,
  parseAllowedHosts,
  parseAllowedSockets,
  redisConnection,
  refusalIn,
  sendFollowingRedirects,
  smtpTransport,
  type OutboundPolicy,
} from './outbound/index.ts';
export { messageBytes, messageValue } from './queue/message-body.ts';
export { SUGGESTED_MODELS } from './ai/pricing.ts';
export { languageModel, MODEL_CREDENTIAL_KINDS } from './ai/model.ts';
export { costOf } from './ai/pricing.ts';
