#include "ui/panels/problem_detail_panel.h"

#include "core/store/store.h"
#include "core/sync/account.h"
#include "core/triage/status_actor.h"
#include "ui/category_names.h"
#include "ui/date_text.h"
#include "ui/error_text.h"
#include "ui/panels/evidence_card.h"
#include "ui/panels/photo_strip.h"
#include "ui/qt_convert.h"
#include "ui/sync/hub_error_text.h"
#include "ui/sync/sync_text.h"
#include "ui/triage/merge_dialog.h"
#include "ui/triage/status_change_dialog.h"
#include "ui/triage/status_history_view.h"
#include "ui/undo/comment_commands.h"
#include "ui/undo/merge_commands.h"
#include "ui/undo/problem_commands.h"

#include <QEvent>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace balgul::ui {

namespace {

QLabel* makeLabel(QWidget* parent, const char* objectName, bool selectable = true)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(objectName));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    if (selectable)
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

QLabel* makeHeading(QWidget* parent, const char* objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(objectName));
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

/// A rounded label in a colour, for the category and status.
void styleChip(QLabel* chip, const QColor& background)
{
    const QColor text = background.lightnessF() > 0.6 ? QColor(Qt::black) : QColor(Qt::white);
    chip->setStyleSheet(
        QStringLiteral("QLabel { background: %1; color: %2; border-radius: 9px; padding: 2px 9px; }")
            .arg(background.name(), text.name()));
}

QString formatTime(core::Timestamp time)
{
    return dayTimeText(toQDateTime(time));
}

} // namespace

ProblemDetailPanel::ProblemDetailPanel(core::Store& store, QWidget* parent) : QWidget(parent), m_store(store)
{
    buildUi();
    retranslate();
    m_listener = m_store.addListener([this](const core::StoreChange& change) { onStoreChange(change); });
    showProblem(0);
}

ProblemDetailPanel::~ProblemDetailPanel()
{
    m_store.removeListener(m_listener);
}

void ProblemDetailPanel::buildUi()
{
    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("emptyLabel"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setMargin(24);

    auto* content = new QWidget;
    m_title = makeLabel(content, "titleLabel");
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.45);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_categoryChip = makeLabel(content, "categoryChip", false);
    m_categoryChip->setWordWrap(false);
    m_status = makeLabel(content, "statusLabel", false);
    m_status->setWordWrap(false);
    m_duplicateOf = new QLabel(content);
    m_duplicateOf->setObjectName(QStringLiteral("duplicateOfLabel"));
    m_duplicateOf->setWordWrap(true);
    m_duplicateOf->setTextFormat(Qt::RichText);
    m_duplicateOf->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_duplicateOf->hide();
    m_markDuplicate = new QPushButton(content);
    m_markDuplicate->setObjectName(QStringLiteral("markDuplicateButton"));
    m_meta = makeLabel(content, "metaLabel");
    m_meta->setForegroundRole(QPalette::PlaceholderText);
    m_sync = makeLabel(content, "syncLabel", false);
    m_resolve = new QPushButton(content);
    m_resolve->setObjectName(QStringLiteral("resolveButton"));
    m_dismissRejection = new QPushButton(content);
    m_dismissRejection->setObjectName(QStringLiteral("dismissRejectionButton"));
    m_refusal = new QFrame(content);
    m_refusal->setObjectName(QStringLiteral("refusalBanner"));
    m_refusal->setStyleSheet(
        QStringLiteral("#refusalBanner { background: #fdecea; border: 1px solid #f5c6c0; "
                       "border-radius: 4px; } #refusalBanner QLabel { color: #8a1c12; }"));
    m_refusalText = makeLabel(m_refusal, "refusalText", false);
    m_refusedChange = makeLabel(m_refusal, "refusedChange");
    m_revertRefused = new QPushButton(m_refusal);
    m_revertRefused->setObjectName(QStringLiteral("revertRefusedButton"));
    m_keepRefused = new QPushButton(m_refusal);
    m_keepRefused->setObjectName(QStringLiteral("keepRefusedButton"));
    {
        auto* bannerButtons = new QHBoxLayout;
        bannerButtons->addStretch(1);
        bannerButtons->addWidget(m_keepRefused);
        bannerButtons->addWidget(m_revertRefused);
        auto* banner = new QVBoxLayout(m_refusal);
        banner->setContentsMargins(8, 6, 8, 6);
        banner->addWidget(m_refusalText);
        banner->addWidget(m_refusedChange);
        banner->addLayout(bannerButtons);
    }
    m_refusal->hide();
    m_addressCaption = new QLabel(content);
    m_address = makeLabel(content, "addressLabel");
    m_coordinatesCaption = new QLabel(content);
    m_coordinates = makeLabel(content, "coordinatesLabel");
    m_description = makeLabel(content, "descriptionLabel");
    m_description->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_photosHeading = makeHeading(content, "photosHeading");
    m_photos = new PhotoStrip(content);
    m_photos->setObjectName(QStringLiteral("photoStrip"));
    m_evidence = new EvidenceCardList(m_store, content);
    m_support = new QPushButton(content);
    m_support->setObjectName(QStringLiteral("supportButton"));
    m_support->setCheckable(true);
    m_commentsHeading = makeHeading(content, "commentsHeading");
    m_commentList = new QWidget(content);
    m_commentList->setObjectName(QStringLiteral("commentList"));
    m_commentLayout = new QVBoxLayout(m_commentList);
    m_commentLayout->setContentsMargins(0, 0, 0, 0);
    m_commentLayout->setSpacing(10);
    m_noComments = makeLabel(content, "noComments", false);
    m_noComments->setForegroundRole(QPalette::PlaceholderText);
    m_commentEdit = new QPlainTextEdit(content);
    m_commentEdit->setObjectName(QStringLiteral("commentEdit"));
    m_commentEdit->setTabChangesFocus(true);
    m_commentEdit->setFixedHeight(m_commentEdit->fontMetrics().lineSpacing() * 3 + 14);
    m_commentError = makeLabel(content, "commentError", false);
    m_commentError->setStyleSheet(QStringLiteral("QLabel { color: #c0392b; }"));
    m_commentError->hide();
    m_addComment = new QPushButton(content);
    m_addComment->setObjectName(QStringLiteral("addCommentButton"));
    m_cancelCommentEdit = new QPushButton(content);
    m_cancelCommentEdit->setObjectName(QStringLiteral("cancelCommentEditButton"));
    m_cancelCommentEdit->hide();

    auto* chips = new QHBoxLayout;
    chips->setSpacing(6);
    chips->addWidget(m_categoryChip);
    chips->addWidget(m_status);
    chips->addStretch(1);

    auto* place = new QFormLayout;
    place->setContentsMargins(0, 0, 0, 0);
    place->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    place->addRow(m_addressCaption, m_address);
    place->addRow(m_coordinatesCaption, m_coordinates);

    auto* supportRow = new QHBoxLayout;
    supportRow->addWidget(m_support);
    supportRow->addStretch(1);

    auto* commentButtons = new QHBoxLayout;
    commentButtons->addWidget(m_commentError, 1);
    commentButtons->addWidget(m_cancelCommentEdit, 0, Qt::AlignTop);
    commentButtons->addWidget(m_addComment, 0, Qt::AlignTop);

    auto* column = new QVBoxLayout(content);
    column->setContentsMargins(14, 12, 14, 12);
    column->setSpacing(8);
    column->addWidget(m_title);
    column->addLayout(chips);
    column->addWidget(m_duplicateOf);
    auto* mergeRow = new QHBoxLayout;
    mergeRow->addWidget(m_markDuplicate);
    mergeRow->addStretch(1);
    column->addLayout(mergeRow);
    column->addWidget(m_meta);
    auto* syncRow = new QHBoxLayout;
    syncRow->addWidget(m_sync, 1);
    syncRow->addWidget(m_dismissRejection, 0, Qt::AlignTop);
    syncRow->addWidget(m_resolve, 0, Qt::AlignTop);
    column->addLayout(syncRow);
    column->addWidget(m_refusal);
    column->addSpacing(4);
    column->addLayout(place);
    column->addSpacing(4);
    column->addWidget(m_description);
    column->addSpacing(6);
    column->addWidget(m_photosHeading);
    column->addWidget(m_photos);
    column->addWidget(m_evidence);
    column->addLayout(supportRow);
    column->addSpacing(6);
    m_history = new StatusHistoryView(m_store, content);
    m_history->setObjectName(QStringLiteral("statusHistory"));
    column->addWidget(m_history);
    column->addWidget(m_commentsHeading);
    column->addWidget(m_noComments);
    column->addWidget(m_commentList);
    column->addWidget(m_commentEdit);
    column->addLayout(commentButtons);
    column->addStretch(1);

    auto* scroll = new QScrollArea;
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_edit = new QPushButton(this);
    m_edit->setObjectName(QStringLiteral("editButton"));
    m_delete = new QPushButton(this);
    m_delete->setObjectName(QStringLiteral("deleteButton"));
    m_showOnMap = new QPushButton(this);
    m_showOnMap->setObjectName(QStringLiteral("showOnMapButton"));
    m_setStatus = new QPushButton(this);
    m_setStatus->setObjectName(QStringLiteral("setStatusButton"));
    m_readOnlyNote = makeLabel(this, "readOnlyNote", false);
    m_readOnlyNote->setForegroundRole(QPalette::PlaceholderText);
    m_readOnlyNote->hide();
    auto* actions = new QHBoxLayout;
    actions->setContentsMargins(14, 6, 14, 10);
    actions->addWidget(m_showOnMap);
    actions->addWidget(m_readOnlyNote, 1);
    actions->addStretch(1);
    actions->addWidget(m_setStatus);
    actions->addWidget(m_delete);
    actions->addWidget(m_edit);

    auto* problemPage = new QWidget;
    auto* pageLayout = new QVBoxLayout(problemPage);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->setSpacing(0);
    pageLayout->addWidget(scroll, 1);
    pageLayout->addLayout(actions);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(problemPage);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_support, &QPushButton::clicked, this, &ProblemDetailPanel::toggleSupport);
    connect(m_addComment, &QPushButton::clicked, this, &ProblemDetailPanel::addComment);
    connect(m_cancelCommentEdit, &QPushButton::clicked, this, &ProblemDetailPanel::stopEditingComment);
    connect(m_commentEdit, &QPlainTextEdit::textChanged, this, [this] { m_commentError->hide(); });
    connect(m_edit, &QPushButton::clicked, this, [this] { emit editRequested(m_rowid); });
    connect(m_delete, &QPushButton::clicked, this, [this] { emit deleteRequested(m_rowid); });
    connect(m_showOnMap, &QPushButton::clicked, this, [this] { emit showOnMapRequested(m_rowid); });
    connect(m_setStatus, &QPushButton::clicked, this, &ProblemDetailPanel::changeStatus);
    connect(m_markDuplicate, &QPushButton::clicked, this, &ProblemDetailPanel::markAsDuplicate);
    connect(m_duplicateOf, &QLabel::linkActivated, this, [this](const QString& link) {
        const QString prefix = QStringLiteral("problem:");
        if (!link.startsWith(prefix))
            return;
        if (const auto kept = m_store.problem(toStd(link.mid(prefix.size()))))
            emit problemLinkActivated(kept->rowid);
    });
    connect(m_resolve, &QPushButton::clicked, this, [this] { emit resolveConflictRequested(m_rowid); });
    connect(m_evidence, &EvidenceCardList::errorOccurred, this, &ProblemDetailPanel::errorOccurred);
    connect(m_dismissRejection, &QPushButton::clicked, this, [this] {
        if (const core::Status status = m_store.dismissRejection(m_problemId); !status)
            emit errorOccurred(describeError(status.error()));
    });
    connect(m_revertRefused, &QPushButton::clicked, this, [this] {
        if (const core::Status status = m_store.revertRefused(m_problemId); !status)
            emit errorOccurred(describeError(status.error()));
    });
    connect(m_keepRefused, &QPushButton::clicked, this, &ProblemDetailPanel::keepRefusedAsComment);
}

void ProblemDetailPanel::retranslate()
{
    m_empty->setText(tr("Select a problem on the map or in the list"));
    m_addressCaption->setText(tr("Address:"));
    m_coordinatesCaption->setText(tr("Location:"));
    m_photosHeading->setText(tr("Photos"));
    m_support->setToolTip(tr("Say that this problem affects you too"));
    m_commentEdit->setPlaceholderText(tr("Write a comment…"));
    m_addComment->setText(m_editingCommentId.empty() ? tr("Add comment") : tr("Save comment"));
    m_cancelCommentEdit->setText(tr("Cancel"));
    m_noComments->setText(tr("No comments yet."));
    m_edit->setText(tr("Edit…"));
    m_delete->setText(tr("Delete"));
    m_showOnMap->setText(tr("Show on map"));
    m_markDuplicate->setText(tr("Mark as duplicate…"));
    m_markDuplicate->setToolTip(
        tr("Close this problem as a duplicate of another; its comments and “me too”s move there"));
    refreshStatusAction();
    m_resolve->setText(tr("Resolve…"));
    m_resolve->setToolTip(tr("Choose, field by field, between your values and the hub's"));
    m_dismissRejection->setText(tr("Dismiss"));
    m_dismissRejection->setToolTip(tr("Stop showing the hub's refusal"));
    m_revertRefused->setText(tr("Use the hub's version"));
    m_revertRefused->setToolTip(tr("Put the problem back as it is on the hub"));
    m_keepRefused->setText(tr("Keep as a comment"));
    m_keepRefused->setToolTip(
        tr("Add your change as a comment on the problem, which everyone may do, and put the problem back as "
           "it is on the hub"));
    m_readOnlyNote->setText(tr("Only its author or a coordinator can change this problem."));
    if (m_rowid != 0)
        refresh();
}

void ProblemDetailPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ProblemDetailPanel::showProblem(std::int64_t rowid)
{
    if (rowid != m_rowid) {
        stopEditingComment();
        m_commentError->hide();
    }
    m_rowid = rowid;
    refresh();
}

void ProblemDetailPanel::refresh()
{
    const auto problem = m_rowid != 0 ? m_store.problemByRowid(m_rowid) : std::nullopt;
    if (!problem) {
        m_rowid = 0;
        m_problemId.clear();
        m_photos->clear();
        m_evidence->setProblem({});
        m_stack->setCurrentIndex(0);
        return;
    }
    const bool samePhotos = m_problemId == problem->id;
    m_problemId = problem->id;
    m_title->setText(toQ(problem->title));
    m_categoryChip->setText(categoryName(problem->category));
    styleChip(m_categoryChip, categoryColor(problem->category));
    m_status->setText(statusName(problem->status));
    styleChip(m_status, palette().color(QPalette::AlternateBase).darker(108));
    m_history->showProblem(problem->id);

    const QString author = problem->author.empty() ? tr("someone") : toQ(problem->author);
    QString meta = tr("Reported by %1 on %2").arg(author, formatTime(problem->created));
    if (problem->updated > problem->created)
        meta += QStringLiteral(" · ") + tr("changed %1").arg(formatTime(problem->updated));
    m_meta->setText(meta);

    m_address->setText(problem->address.empty() ? tr("No address given") : toQ(problem->address));
    const QLocale locale;
    m_coordinates->setText(
        tr("%1, %2").arg(locale.toString(problem->lat, 'f', 5), locale.toString(problem->lon, 'f', 5)));
    m_description->setText(problem->description.empty() ? tr("No description.") : toQ(problem->description));
    m_description->setForegroundRole(problem->description.empty() ? QPalette::PlaceholderText
                                                                  : QPalette::WindowText);

    m_supportCount = problem->supportCount;
    const bool supported = m_store.isSupported(problem->id);
    {
        const QSignalBlocker blocker(m_support);
        m_support->setChecked(supported);
    }
    m_support->setText(tr("Me too · %1").arg(m_supportCount));

    if (!samePhotos || m_photos->count() != problem->attachmentCount)
        refreshPhotos();
    m_commentCount = problem->commentCount;
    refreshComments();
    refreshSync();
    refreshRights();
    m_evidence->setProblem(m_problemId);
    m_stack->setCurrentIndex(1);
}

void ProblemDetailPanel::refreshSync()
{
    const core::SyncStatus status = m_store.syncStateOf(m_problemId);
    // A profile that never met a hub has nothing to say about sharing.
    const bool hasHub = !m_store.syncValue("hub_url").empty();
    const bool refused = status.state == core::SyncState::Rejected;
    const bool shown = hasHub && !refused && (status.state != core::SyncState::Synced || status.version > 0);
    m_sync->setVisible(shown);
    m_sync->setText(syncStateDescription(status));
    m_sync->setStyleSheet(
        status.state == core::SyncState::Conflict ? QStringLiteral("QLabel { color: #c0392b; }") : QString());
    m_sync->setForegroundRole(status.state == core::SyncState::Synced ||
                                      status.state == core::SyncState::Pending
                                  ? QPalette::PlaceholderText
                                  : QPalette::WindowText);
    m_resolve->setVisible(status.state == core::SyncState::Conflict);
    refreshRefusal(refused);
}

void ProblemDetailPanel::refreshRefusal(bool refused)
{
    const std::vector<core::Refusal> refusals =
        refused ? m_store.refusals(m_problemId) : std::vector<core::Refusal>{};
    m_refusal->setVisible(!refusals.empty());
    if (refusals.empty()) {
        m_dismissRejection->setVisible(false);
        return;
    }
    QStringList reasons;
    QStringList changes;
    bool revertible = false;
    bool keepable = false;
    for (const core::Refusal& refusal : refusals) {
        const QString reason = refusalText(refusal);
        if (!reasons.contains(reason))
            reasons << reason;
        if (const QString change = refusedChangeSummary(refusal); !change.isEmpty())
            changes << change;
        const bool onHub = !refusal.hubFieldsJson.empty();
        revertible = revertible || onHub || refusal.entity == "attachment" || refusal.entity == "comment";
        // What was refused on a problem the hub has can always be said in a comment instead.
        keepable =
            keepable || (refusal.entity == "problem" && onHub && !refusedChangeSummary(refusal).isEmpty() &&
                         refusal.refusedFieldsJson.find("\"deleted\"") == std::string::npos);
    }
    m_refusalText->setText(tr("The hub refused your change. %1").arg(reasons.join(QLatin1Char(' '))));
    m_refusedChange->setText(
        changes.isEmpty() ? QString() : tr("Your change: %1").arg(changes.join(QStringLiteral(" · "))));
    m_refusedChange->setVisible(!changes.isEmpty());
    m_revertRefused->setVisible(revertible);
    m_keepRefused->setVisible(keepable);
    // Nothing to go back to (the hub never had it): the refusal can only be put aside.
    m_dismissRejection->setVisible(!revertible);
}

void ProblemDetailPanel::keepRefusedAsComment()
{
    QStringList changes;
    for (const core::Refusal& refusal : m_store.refusals(m_problemId))
        if (refusal.entity == "problem")
            if (const QString change = refusedChangeSummary(refusal); !change.isEmpty())
                changes << change;
    if (changes.isEmpty())
        return;
    const QString text = tr("Suggested change: %1").arg(changes.join(QStringLiteral(" · ")));
    if (auto added = m_store.addComment(m_problemId, toStd(text)); !added) {
        emit errorOccurred(describeError(added.error()));
        return;
    }
    if (const core::Status status = m_store.revertRefused(m_problemId); !status)
        emit errorOccurred(describeError(status.error()));
}

void ProblemDetailPanel::refreshRights()
{
    if (m_problemId.empty())
        return;
    const core::sync::ProblemRights rights = core::sync::problemRights(m_store, m_problemId);
    m_edit->setVisible(rights.edit());
    m_delete->setVisible(rights.remove);
    m_readOnlyNote->setVisible(!rights.edit() && !rights.remove);
    refreshStatusAction();
    refreshMerge();
}

void ProblemDetailPanel::refreshMerge()
{
    const auto problem = m_problemId.empty() ? std::nullopt : m_store.problem(m_problemId);
    if (!problem) {
        m_markDuplicate->hide();
        m_duplicateOf->hide();
        return;
    }
    const auto account = core::sync::hubAccount(m_store);
    const bool staff = !account.known() || account.isStaff();
    m_markDuplicate->setVisible(staff && problem->duplicateOf.empty());
    if (problem->duplicateOf.empty()) {
        m_duplicateOf->hide();
        return;
    }
    const auto kept = m_store.problem(problem->duplicateOf);
    const QString title = kept ? toQ(kept->title).toHtmlEscaped() : tr("a problem not on this computer");
    const QString link =
        kept ? QStringLiteral("<a href=\"problem:%1\">%2</a>").arg(toQ(kept->id), title) : title;
    m_duplicateOf->setText(tr("Duplicate of “%1”").arg(link));
    m_duplicateOf->setToolTip(kept ? tr("Show the problem this one was merged into") : QString());
    m_duplicateOf->show();
}

void ProblemDetailPanel::markAsDuplicate()
{
    if (m_problemId.empty())
        return;
    MergeDialog dialog(m_store, m_problemId, this);
    if (dialog.exec() != QDialog::Accepted || dialog.keptId().empty())
        return;
    if (m_undoStack) {
        push(new MergeProblemsCommand(m_store, m_problemId, dialog.keptId(), dialog.note(), commandErrors()),
             false);
    } else if (auto merged = m_store.mergeProblems(m_problemId, dialog.keptId(), dialog.note()); !merged) {
        emit errorOccurred(describeError(merged.error()));
    }
}

void ProblemDetailPanel::refreshStatusAction()
{
    const auto problem = m_problemId.empty() ? std::nullopt : m_store.problem(m_problemId);
    if (!problem) {
        m_setStatus->hide();
        return;
    }
    // A coordinator sets any allowed status; the author sees "Reopen…" once it is fixed or closed.
    const auto actor = core::triage::statusActor(m_store, m_problemId);
    m_setStatus->setText(actor == core::triage::StatusActor::Author ? tr("Reopen…") : tr("Set status…"));
    m_setStatus->setVisible(!statusesOffered(actor, problem->status).isEmpty());
}

void ProblemDetailPanel::changeStatus()
{
    if (m_problemId.empty())
        return;
    StatusChangeDialog dialog(m_store, m_problemId, core::triage::statusActor(m_store, m_problemId), this);
    dialog.exec();
}

void ProblemDetailPanel::refreshPhotos()
{
    QList<PhotoStrip::Photo> photos;
    for (const core::Attachment& attachment : m_store.attachments(m_problemId))
        if (attachment.mimeType.starts_with("image/"))
            photos.append({toQ(m_store.blobPath(attachment.sha256)), toQ(attachment.fileName)});
    m_photos->setPhotos(photos);
    m_photos->setVisible(!photos.isEmpty());
    m_photosHeading->setVisible(!photos.isEmpty());
}

void ProblemDetailPanel::refreshComments()
{
    while (QLayoutItem* item = m_commentLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const std::vector<core::Comment> comments = m_store.comments(m_problemId);
    m_commentCount = static_cast<int>(comments.size());
    m_commentsHeading->setText(tr("Comments (%1)").arg(m_commentCount));
    m_noComments->setVisible(comments.empty());
    m_commentList->setVisible(!comments.empty());
    for (const core::Comment& comment : comments) {
        auto* entry = new QWidget(m_commentList);
        entry->setObjectName(QStringLiteral("comment"));
        auto* header = new QLabel(entry);
        header->setObjectName(QStringLiteral("commentHeader"));
        header->setTextFormat(Qt::PlainText);
        const QString author = comment.author.empty() ? tr("someone") : toQ(comment.author);
        header->setText(tr("%1 · %2").arg(author, formatTime(comment.created)));
        header->setForegroundRole(QPalette::PlaceholderText);
        QLabel* text = makeLabel(entry, "commentText");
        text->setText(toQ(comment.text));
        auto* entryLayout = new QVBoxLayout(entry);
        entryLayout->setContentsMargins(0, 0, 0, 0);
        entryLayout->setSpacing(2);
        header->setWordWrap(true); // the Edit and Delete buttons beside it never widen the panel
        auto* headerRow = new QHBoxLayout;
        headerRow->setSpacing(4);
        headerRow->addWidget(header, 1);
        if (isOwnComment(comment)) {
            // The author may change or take back what they wrote (the hub allows the same).
            const std::string id = comment.id;
            auto* edit = new QToolButton(entry);
            edit->setText(tr("Edit"));
            edit->setObjectName(QStringLiteral("editCommentButton"));
            edit->setToolTip(tr("Change your comment"));
            auto* remove = new QToolButton(entry);
            remove->setText(tr("Delete"));
            remove->setObjectName(QStringLiteral("deleteCommentButton"));
            remove->setToolTip(m_undoStack ? tr("Delete your comment (Edit ▸ Undo brings it back)")
                                           : tr("Delete your comment"));
            for (QToolButton* button : {edit, remove}) {
                button->setAutoRaise(true);
                button->setCursor(Qt::PointingHandCursor);
                headerRow->addWidget(button, 0, Qt::AlignTop);
            }
            connect(edit, &QToolButton::clicked, this, [this, id] { startEditingComment(toQ(id)); });
            connect(remove, &QToolButton::clicked, this, [this, id] { deleteComment(id); });
        }
        entryLayout->addLayout(headerRow);
        entryLayout->addWidget(text);
        m_commentLayout->addWidget(entry);
    }
    // The comment being changed may have gone (undone, deleted elsewhere).
    if (!m_editingCommentId.empty() &&
        std::none_of(comments.begin(), comments.end(),
                     [this](const core::Comment& c) { return c.id == m_editingCommentId; }))
        stopEditingComment();
}

bool ProblemDetailPanel::isOwnComment(const core::Comment& comment) const
{
    // Written under this profile's name (the hub decides in the end: only the author may change it).
    return comment.author == m_store.userName();
}

void ProblemDetailPanel::setUndoStack(QUndoStack* stack, CommandErrorHandler onError)
{
    m_undoStack = stack;
    m_onError = std::move(onError);
    if (m_rowid != 0)
        refreshComments();
}

CommandErrorHandler ProblemDetailPanel::commandErrors()
{
    return [this](const core::Error& error) {
        if (m_pushing) { // while the panel runs it: said where the user is looking
            m_pushFailed = true;
            if (m_errorUnderComments)
                showCommentError(describeError(error));
            else
                emit errorOccurred(describeError(error));
        } else if (m_onError) {
            m_onError(error); // an undo or redo later
        } else {
            emit errorOccurred(describeError(error));
        }
    };
}

bool ProblemDetailPanel::push(StoreCommand* command, bool errorUnderComments)
{
    m_pushing = true;
    m_pushFailed = false;
    m_errorUnderComments = errorUnderComments;
    m_undoStack->push(command); // runs it (and drops it when it failed)
    m_pushing = false;
    return !m_pushFailed;
}

void ProblemDetailPanel::startEditingComment(const QString& commentId)
{
    for (const core::Comment& comment : m_store.comments(m_problemId)) {
        if (toQ(comment.id) != commentId || !isOwnComment(comment))
            continue;
        m_editingCommentId = comment.id;
        m_commentEdit->setPlainText(toQ(comment.text));
        m_commentEdit->setFocus(Qt::OtherFocusReason);
        m_commentEdit->selectAll();
        m_commentError->hide();
        m_addComment->setText(tr("Save comment"));
        m_cancelCommentEdit->show();
        return;
    }
}

void ProblemDetailPanel::stopEditingComment()
{
    const bool wasEditing = !m_editingCommentId.empty();
    m_editingCommentId.clear();
    m_addComment->setText(tr("Add comment"));
    m_cancelCommentEdit->hide();
    if (wasEditing || m_commentEdit->toPlainText().isEmpty())
        m_commentEdit->clear();
}

void ProblemDetailPanel::deleteComment(const std::string& commentId)
{
    for (const core::Comment& comment : m_store.comments(m_problemId)) {
        if (comment.id != commentId || !isOwnComment(comment))
            continue;
        if (m_undoStack) {
            push(new RemoveCommentCommand(m_store, comment, commandErrors()), false);
        } else if (const core::Status status = m_store.removeComment(commentId); !status) {
            emit errorOccurred(describeError(status.error()));
        }
        return;
    }
}

void ProblemDetailPanel::onStoreChange(const core::StoreChange& change)
{
    using Kind = core::StoreChange::Kind;
    if (m_rowid == 0)
        return;
    if (change.kind == Kind::Reset) {
        refresh();
        return;
    }
    if (change.kind == Kind::SyncStateChanged && change.rowid == 0 && change.problemId.empty()) {
        refreshSync(); // many problems' states changed
        return;
    }
    const bool ours = (change.rowid != 0 && change.rowid == m_rowid) ||
                      (!change.problemId.empty() && change.problemId == m_problemId);
    if (!ours)
        return;
    if (change.kind == Kind::ProblemRemoved)
        showProblem(0);
    else
        refresh();
}

void ProblemDetailPanel::toggleSupport(bool supported)
{
    if (m_problemId.empty())
        return;
    if (m_undoStack) {
        const auto problem = m_store.problem(m_problemId);
        if (problem &&
            !push(new SupportProblemCommand(m_store, *problem, supported, commandErrors()), false)) {
            const QSignalBlocker blocker(m_support);
            m_support->setChecked(m_store.isSupported(m_problemId));
        }
        return;
    }
    const core::Status status = m_store.setSupported(m_problemId, supported);
    if (!status) {
        const QSignalBlocker blocker(m_support);
        m_support->setChecked(!supported);
        emit errorOccurred(describeError(status.error()));
    }
}

void ProblemDetailPanel::addComment()
{
    if (m_problemId.empty())
        return;
    const QString text = m_commentEdit->toPlainText().trimmed();
    if (text.isEmpty()) {
        showCommentError(tr("Please write a comment first."));
        m_commentEdit->setFocus();
        return;
    }
    if (!m_editingCommentId.empty()) {
        const std::vector<core::Comment> comments = m_store.comments(m_problemId);
        const auto before = std::find_if(comments.begin(), comments.end(), [this](const core::Comment& c) {
            return c.id == m_editingCommentId;
        });
        if (before == comments.end()) {
            stopEditingComment();
            return;
        }
        if (toQ(before->text) != text) {
            if (m_undoStack) {
                if (!push(new EditCommentCommand(m_store, *before, toStd(text), commandErrors()), true))
                    return;
            } else if (auto edited = m_store.editComment(before->id, toStd(text)); !edited) {
                showCommentError(describeError(edited.error()));
                return;
            }
        }
        stopEditingComment();
        m_commentError->hide();
        return;
    }
    if (m_undoStack) {
        if (!push(new AddCommentCommand(m_store, m_problemId, toStd(text), commandErrors()), true))
            return;
    } else if (auto added = m_store.addComment(m_problemId, toStd(text)); !added) {
        showCommentError(describeError(added.error()));
        return;
    }
    m_commentEdit->clear();
    m_commentError->hide();
}

void ProblemDetailPanel::showCommentError(const QString& message)
{
    m_commentError->setText(message);
    m_commentError->show();
}

} // namespace balgul::ui
