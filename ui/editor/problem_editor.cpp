#include "ui/editor/problem_editor.h"

#include "core/store/store.h"
#include "ui/category_names.h"
#include "ui/editor/photo_picker.h"
#include "ui/editor/similar_problems_box.h"
#include "ui/home_city.h"
#include "ui/map/map_view.h"
#include "ui/map/tile_source.h"
#include "ui/qt_convert.h"
#include "ui/undo/problem_commands.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QTimer>
#include <QVBoxLayout>

namespace balgul::ui {

namespace {

constexpr int kSimilarDelayMs = 400;
constexpr double kSimilarRadiusMeters = 200;
constexpr int kSimilarLimit = 5;
constexpr double kEditorZoom = 16;
constexpr double kContextDegrees = 0.01; ///< nearby markers drawn on the small map

QString formatCoordinate(double value)
{
    return QString::number(value, 'f', 6);
}

} // namespace

ProblemEditor::ProblemEditor(core::Store& store, const QGeoCoordinate& location, QWidget* parent)
    : QDialog(parent), m_store(store)
{
    buildUi();
    setWindowTitle(tr("New problem"));
    core::Problem draft;
    draft.lat = location.isValid() ? location.latitude() : 0;
    draft.lon = location.isValid() ? location.longitude() : 0;
    draft.category.clear();
    loadProblem(draft);
    m_category->setCurrentIndex(-1);
    m_title->setFocus();
    validate();
    m_opened = problem();
}

ProblemEditor::ProblemEditor(core::Store& store, const core::Problem& problem, QWidget* parent)
    : QDialog(parent), m_store(store), m_original(problem)
{
    buildUi();
    setWindowTitle(tr("Edit problem"));
    loadProblem(problem);
    m_photos->setExisting(store, store.attachments(problem.id));
    validate();
    m_opened = ProblemEditor::problem();
}

ProblemEditor::~ProblemEditor() = default;

void ProblemEditor::buildUi()
{
    setObjectName(QStringLiteral("problemEditor"));
    setMinimumWidth(560);

    auto fieldBox = [this](QWidget* field, const QString& name) {
        auto* box = new QWidget(this);
        auto* layout = new QVBoxLayout(box);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(2);
        layout->addWidget(field);
        auto* error = new QLabel(box);
        error->setObjectName(name + QStringLiteral("Error"));
        error->setWordWrap(true);
        error->setStyleSheet(QStringLiteral("color: #c0392b;"));
        error->hide();
        layout->addWidget(error);
        m_errors.push_back({name, error, {}});
        return box;
    };

    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_title->setPlaceholderText(tr("What is the problem? For example: broken street light by the bus stop"));

    m_description = new QPlainTextEdit(this);
    m_description->setObjectName(QStringLiteral("descriptionEdit"));
    m_description->setPlaceholderText(tr("What did you see, when, and who is affected?"));
    m_description->setTabChangesFocus(true);
    m_description->setMinimumHeight(80);

    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("categoryCombo"));
    for (const QString& code : categoryCodes())
        m_category->addItem(categoryIcon(toStd(code)), categoryName(toStd(code)), code);
    m_category->setPlaceholderText(tr("Choose a category"));

    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusCombo"));
    for (core::ProblemStatus status : allStatuses())
        m_status->addItem(statusName(status), static_cast<int>(status));

    m_lat = new QLineEdit(this);
    m_lat->setObjectName(QStringLiteral("latEdit"));
    m_lat->setPlaceholderText(tr("Latitude, e.g. %1").arg(QLocale().toString(kHomeLatitude, 'f', 6)));
    m_lon = new QLineEdit(this);
    m_lon->setObjectName(QStringLiteral("lonEdit"));
    m_lon->setPlaceholderText(tr("Longitude, e.g. %1").arg(QLocale().toString(kHomeLongitude, 'f', 6)));
    auto* coordinates = new QWidget(this);
    auto* coordinateLayout = new QHBoxLayout(coordinates);
    coordinateLayout->setContentsMargins(0, 0, 0, 0);
    auto* latCaption = new QLabel(tr("Lat&itude"), coordinates);
    latCaption->setBuddy(m_lat);
    auto* lonCaption = new QLabel(tr("L&ongitude"), coordinates);
    lonCaption->setBuddy(m_lon);
    for (QLabel* caption : {latCaption, lonCaption})
        caption->setContentsMargins(0, 4, 0, 0);
    coordinateLayout->addWidget(latCaption, 0, Qt::AlignTop);
    coordinateLayout->addWidget(fieldBox(m_lat, QStringLiteral("lat")), 1);
    coordinateLayout->addSpacing(8);
    coordinateLayout->addWidget(lonCaption, 0, Qt::AlignTop);
    coordinateLayout->addWidget(fieldBox(m_lon, QStringLiteral("lon")), 1);

    m_map = new MapView(this);
    m_map->setObjectName(QStringLiteral("locationMap"));
    m_map->setMinimumHeight(200);
    m_map->setAddMode(true);
    m_map->setAddModeBannerVisible(false); // the tooltip explains the click
    m_map->setToolTip(tr("Click the map to move the pin"));
    auto* location = new QWidget(this);
    auto* locationLayout = new QVBoxLayout(location);
    locationLayout->setContentsMargins(0, 0, 0, 0);
    locationLayout->addWidget(coordinates);
    locationLayout->addWidget(m_map, 1);

    m_address = new QLineEdit(this);
    m_address->setObjectName(QStringLiteral("addressEdit"));
    m_address->setPlaceholderText(tr("Street address or a landmark (optional)"));

    m_photos = new PhotoPicker(this);
    m_similar = new SimilarProblemsBox(this);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Title:"), fieldBox(m_title, QStringLiteral("title")));
    form->addRow(tr("&Category:"), fieldBox(m_category, QStringLiteral("category")));
    // Right under what it depends on, before the user writes more; its height stays the same
    // whatever it finds, so the fields below never move while the user types.
    form->addRow(m_similar);
    form->setRowVisible(m_similar, isNewProblem());
    QWidget* statusBox = fieldBox(m_status, QStringLiteral("status"));
    form->addRow(tr("&Status:"), statusBox);
    form->setRowVisible(statusBox, !isNewProblem());
    form->addRow(tr("&Description:"), fieldBox(m_description, QStringLiteral("description")));
    form->addRow(tr("Location:"), location);
    form->addRow(tr("&Address:"), fieldBox(m_address, QStringLiteral("address")));
    form->addRow(tr("Photos:"), m_photos);

    m_formError = new QLabel(this);
    m_formError->setObjectName(QStringLiteral("formError"));
    m_formError->setWordWrap(true);
    m_formError->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_formError->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = m_buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setToolTip(tr("Save the problem (Ctrl+Enter)"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ProblemEditor::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ProblemEditor::reject);
    // Ctrl+Enter saves from any field, the description included (where Enter starts a new line).
    for (const QKeySequence& key :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto* save = new QShortcut(key, this);
        connect(save, &QShortcut::activated, this, [this] {
            if (m_save->isEnabled())
                accept();
        });
    }

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_formError);
    layout->addWidget(m_buttons);

    m_similarTimer = new QTimer(this);
    m_similarTimer->setSingleShot(true);
    m_similarTimer->setInterval(kSimilarDelayMs);
    connect(m_similarTimer, &QTimer::timeout, this, &ProblemEditor::refreshSimilarNow);

    connect(m_title, &QLineEdit::textEdited, this, [this] { m_titleTouched = true; });
    connect(m_title, &QLineEdit::textChanged, this, [this] {
        validate();
        scheduleSimilar();
    });
    connect(m_description, &QPlainTextEdit::textChanged, this, &ProblemEditor::validate);
    connect(m_address, &QLineEdit::textChanged, this, &ProblemEditor::validate);
    connect(m_category, &QComboBox::currentIndexChanged, this, [this] {
        validate();
        scheduleSimilar();
    });
    connect(m_status, &QComboBox::currentIndexChanged, this, &ProblemEditor::validate);
    for (QLineEdit* edit : {m_lat, m_lon}) {
        connect(edit, &QLineEdit::textChanged, this, [this] {
            validate();
            updateMapFromFields();
            scheduleSimilar();
        });
    }
    connect(m_map, &MapView::addProblemRequested, this, &ProblemEditor::moveLocation);
    connect(m_photos, &PhotoPicker::fileChecked, this, &ProblemEditor::validate);
    connect(m_similar, &SimilarProblemsBox::supportRequested, this, &ProblemEditor::supportInstead);
    updateTabOrder();
}

void ProblemEditor::updateTabOrder()
{
    // The order the fields are on screen (they were made in another order).
    QList<QWidget*> chain{m_title, m_category};
    chain += m_similar->supportButtons();
    chain += {m_status, m_description, m_lat, m_lon, m_map, m_address};
    for (QWidget* widget : m_photos->findChildren<QWidget*>(Qt::FindDirectChildrenOnly))
        if (widget->focusPolicy() & Qt::TabFocus)
            chain.append(widget);
    // Save and Cancel were made last and stay last, in the order the platform shows them.
    for (qsizetype i = 0; i + 1 < chain.size(); ++i)
        setTabOrder(chain[i], chain[i + 1]);
}

void ProblemEditor::setAllowedChanges(bool fields, bool status, bool photos)
{
    for (QLineEdit* edit : {m_title, m_lat, m_lon, m_address})
        edit->setReadOnly(!fields);
    m_description->setReadOnly(!fields);
    m_category->setEnabled(fields);
    m_map->setEnabled(fields); // a click there moves the problem
    m_status->setEnabled(status);
    m_photos->setEnabled(photos);
    const QString why = tr("Only the problem's author may change this; only a coordinator its status.");
    for (QWidget* widget :
         std::initializer_list<QWidget*>{m_title, m_description, m_category, m_lat, m_lon, m_address})
        widget->setToolTip(fields ? QString() : why);
    m_status->setToolTip(status ? QString() : tr("Only a coordinator may change a problem's status."));
}

void ProblemEditor::loadProblem(const core::Problem& problem)
{
    m_loading = true;
    m_title->setText(toQ(problem.title));
    m_description->setPlainText(toQ(problem.description));
    m_category->setCurrentIndex(m_category->findData(toQ(problem.category)));
    m_status->setCurrentIndex(m_status->findData(static_cast<int>(problem.status)));
    m_lat->setText(formatCoordinate(problem.lat));
    m_lon->setText(formatCoordinate(problem.lon));
    m_address->setText(toQ(problem.address));
    m_loading = false;

    const QGeoCoordinate where(problem.lat, problem.lon);
    m_map->setZoom(kEditorZoom);
    m_map->setCenter(where);
    m_map->setPendingLocation(where);
    core::GeoBox box{problem.lat - kContextDegrees, problem.lon - kContextDegrees,
                     problem.lat + kContextDegrees, problem.lon + kContextDegrees};
    m_map->setPoints(m_store.pointsIn(box));
    if (problem.rowid != 0)
        m_map->setSelectedProblem(problem.rowid);
}

void ProblemEditor::setTileSource(std::unique_ptr<TileSource> source)
{
    if (source)
        m_map->setTileSource(std::move(source));
}

core::Problem ProblemEditor::problem() const
{
    core::Problem p = m_original.value_or(core::Problem{});
    p.title = toStd(m_title->text().trimmed());
    p.description = toStd(m_description->toPlainText());
    p.category = toStd(m_category->currentData().toString());
    if (m_original)
        p.status = static_cast<core::ProblemStatus>(m_status->currentData().toInt());
    p.lat = parseCoordinate(m_lat).value_or(p.lat);
    p.lon = parseCoordinate(m_lon).value_or(p.lon);
    p.address = toStd(m_address->text().trimmed());
    return p;
}

core::ProblemPatch ProblemEditor::patch() const
{
    if (!m_original)
        return {};
    const core::Problem p = problem();
    core::ProblemPatch all;
    all.title = p.title;
    all.description = p.description;
    all.category = p.category;
    all.status = p.status;
    all.lat = p.lat;
    all.lon = p.lon;
    all.address = p.address;
    return changedFields(*m_original, all);
}

QStringList ProblemEditor::addedPhotos() const
{
    return m_photos->addedFiles();
}

std::vector<core::Attachment> ProblemEditor::removedPhotos() const
{
    return m_photos->removedAttachments();
}

void ProblemEditor::scheduleSimilar()
{
    if (!m_loading && isNewProblem())
        m_similarTimer->start();
}

void ProblemEditor::refreshSimilarNow()
{
    m_similarTimer->stop();
    const auto lat = parseCoordinate(m_lat);
    const auto lon = parseCoordinate(m_lon);
    if (!isNewProblem() || !lat || !lon || !core::validateCoordinate(*lat, *lon)) {
        m_similar->clear();
        updateTabOrder();
        return;
    }
    core::Problem draft = problem();
    if (draft.category.empty())
        draft.category = "other";
    m_similar->setProblems(m_store.similarProblems(draft, kSimilarRadiusMeters, kSimilarLimit), *lat, *lon);
    updateTabOrder();
}

int ProblemEditor::similarCount() const
{
    return m_similar->count();
}

void ProblemEditor::updateMapFromFields()
{
    if (m_loading)
        return;
    const auto lat = parseCoordinate(m_lat);
    const auto lon = parseCoordinate(m_lon);
    if (!lat || !lon || !core::validateCoordinate(*lat, *lon))
        return;
    const QGeoCoordinate where(*lat, *lon);
    m_map->setPendingLocation(where);
    m_map->setCenter(where);
}

void ProblemEditor::moveLocation(const QGeoCoordinate& coordinate)
{
    if (!coordinate.isValid())
        return;
    m_loading = true; // the pin is already where the user clicked: keep the map still
    m_lat->setText(formatCoordinate(coordinate.latitude()));
    m_lon->setText(formatCoordinate(coordinate.longitude()));
    m_loading = false;
    m_map->setPendingLocation(coordinate);
    m_map->setAddMode(true); // a click ends the map's add mode; here every click moves the pin
    validate();
    scheduleSimilar();
}

void ProblemEditor::supportInstead(const QString& problemId)
{
    m_supportedId = toStd(problemId);
    done(SupportedExisting);
}

bool ProblemEditor::hasChanges() const
{
    const core::Problem now = problem();
    return now.title != m_opened.title || now.description != m_opened.description ||
           now.category != m_opened.category || now.status != m_opened.status ||
           now.address != m_opened.address || m_lat->text().trimmed() != formatCoordinate(m_opened.lat) ||
           m_lon->text().trimmed() != formatCoordinate(m_opened.lon) || !addedPhotos().isEmpty() ||
           !removedPhotos().empty();
}

void ProblemEditor::reject()
{
    if (!hasChanges()) {
        QDialog::reject();
        return;
    }
    if (m_discardQuestion && m_discardQuestion->isVisible()) {
        m_discardQuestion->raise();
        return;
    }
    auto* question = new QMessageBox(
        QMessageBox::Question, isNewProblem() ? tr("Discard this problem?") : tr("Discard your changes?"),
        isNewProblem() ? tr("What you typed for this problem will be lost.")
                       : tr("Your changes to this problem will be lost."),
        QMessageBox::NoButton, this);
    question->setObjectName(QStringLiteral("discardQuestion"));
    QPushButton* discard = question->addButton(tr("Discard"), QMessageBox::DestructiveRole);
    discard->setObjectName(QStringLiteral("discardButton"));
    QPushButton* keep = question->addButton(tr("Keep editing"), QMessageBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepEditingButton"));
    question->setDefaultButton(keep);
    question->setEscapeButton(keep);
    question->setAttribute(Qt::WA_DeleteOnClose);
    const QPointer<QWidget> typingIn = focusWidget();
    connect(question, &QMessageBox::finished, this, [this, question, discard, typingIn] {
        if (question->clickedButton() == discard) {
            QDialog::reject();
            return;
        }
        // Back to where the user was typing.
        activateWindow();
        (typingIn ? typingIn.data() : m_title)->setFocus(Qt::OtherFocusReason);
    });
    m_discardQuestion = question;
    question->open();
}

void ProblemEditor::accept()
{
    m_titleTouched = true;
    validate();
    if (!isValid())
        return;
    // The final word is core's: the same check the store makes.
    if (auto status = core::validateProblem(problem()); !status) {
        const QString field = toQ(status.error().field);
        if (findError(field))
            setFieldError(field, fieldErrorText(status.error()));
        else {
            m_formError->setText(fieldErrorText(status.error()));
            m_formError->show();
        }
        m_save->setEnabled(false);
        return;
    }
    QDialog::accept();
}

} // namespace balgul::ui
