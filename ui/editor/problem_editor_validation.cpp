// Inline validation of the problem editor: each field is checked with core's own rules
// and a message a citizen understands is shown under the field.
#include "ui/editor/photo_picker.h"
#include "ui/editor/problem_editor.h"
#include "ui/error_text.h"
#include "ui/home_city.h"
#include "ui/qt_convert.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>

namespace balgul::ui {

namespace {

/// A problem that passes validation, to check one field at a time against core's rules.
core::Problem validBaseline()
{
    core::Problem p;
    p.title = "x";
    p.category = "other";
    return p;
}

std::size_t maxLength(const std::string& field)
{
    if (field == "title")
        return core::limits::kTitleMax;
    if (field == "description")
        return core::limits::kDescriptionMax;
    if (field == "address")
        return core::limits::kAddressMax;
    if (field == "author")
        return core::limits::kAuthorMax;
    return 0;
}

} // namespace

QString fieldErrorText(const core::Error& error)
{
    const std::string& code = error.code;
    const std::string& field = error.field;
    if (code == "required" && field == "title")
        return ProblemEditor::tr("Give the problem a short title, for example “Broken street light by the "
                                 "bus stop”.");
    if (code == "required")
        return ProblemEditor::tr("This must not be empty.");
    if (code == "too_long")
        return ProblemEditor::tr("This is too long: please keep it to %1 characters or fewer.")
            .arg(QLocale().toString(static_cast<qulonglong>(maxLength(field))));
    if (code == "invalid_utf8")
        return ProblemEditor::tr("This text contains characters that cannot be saved.");
    if (code == "unknown_category")
        return ProblemEditor::tr("Choose the category that fits the problem best.");
    if (code == "out_of_range" && field == "lat")
        return ProblemEditor::tr("The latitude must be between -90 (South Pole) and 90 (North Pole).");
    if (code == "out_of_range" && field == "lon")
        return ProblemEditor::tr("The longitude must be between -180 and 180.");
    return describeError(error);
}

std::optional<double> ProblemEditor::parseCoordinate(const QLineEdit* edit) const
{
    const QString text = edit->text().trimmed();
    bool ok = false;
    double value = QLocale::c().toDouble(text, &ok);
    if (!ok)
        value = QLocale().toDouble(text, &ok);
    if (!ok)
        return std::nullopt;
    return value;
}

ProblemEditor::FieldError* ProblemEditor::findError(const QString& field)
{
    for (auto& slot : m_errors)
        if (slot.field == field)
            return &slot;
    return nullptr;
}

const ProblemEditor::FieldError* ProblemEditor::findError(const QString& field) const
{
    for (const auto& slot : m_errors)
        if (slot.field == field)
            return &slot;
    return nullptr;
}

void ProblemEditor::setFieldError(const QString& field, const QString& message)
{
    FieldError* slot = findError(field);
    if (!slot)
        return;
    slot->message = message;
    slot->label->setText(message);
    // A new, untouched form is not an error yet: Save stays disabled, the messages wait for typing.
    const bool untouched = isNewProblem() && !m_titleTouched;
    const bool quiet = untouched && (field == QLatin1String("title") ||
                                     (field == QLatin1String("category") && m_title->text().isEmpty()));
    slot->label->setVisible(!message.isEmpty() && !quiet);
}

QString ProblemEditor::fieldError(const QString& field) const
{
    const FieldError* slot = findError(field);
    return slot ? slot->message : QString();
}

bool ProblemEditor::isValid() const
{
    for (const auto& slot : m_errors)
        if (!slot.message.isEmpty())
            return false;
    return m_photos->pendingCount() == 0;
}

void ProblemEditor::validate()
{
    if (m_loading)
        return;
    m_formError->hide();

    auto check = [this](const QString& field, const core::Problem& candidate) {
        const core::Status status = core::validateProblem(candidate);
        setFieldError(field, status ? QString() : fieldErrorText(status.error()));
    };

    core::Problem p = validBaseline();
    p.title = toStd(m_title->text());
    check(QStringLiteral("title"), p);

    p = validBaseline();
    p.description = toStd(m_description->toPlainText());
    check(QStringLiteral("description"), p);

    p = validBaseline();
    p.address = toStd(m_address->text());
    check(QStringLiteral("address"), p);

    p = validBaseline();
    p.category = toStd(m_category->currentData().toString());
    check(QStringLiteral("category"), p);

    const auto lat = parseCoordinate(m_lat);
    const auto lon = parseCoordinate(m_lon);
    if (!lat) {
        setFieldError(QStringLiteral("lat"),
                      tr("Enter the latitude as a number, for example %1, or click the map.")
                          .arg(QLocale().toString(kHomeLatitude, 'f', 4)));
    } else {
        const core::Status status = core::validateCoordinate(*lat, 0);
        setFieldError(QStringLiteral("lat"), status ? QString() : fieldErrorText(status.error()));
    }
    if (!lon) {
        setFieldError(QStringLiteral("lon"),
                      tr("Enter the longitude as a number, for example %1, or click the map.")
                          .arg(QLocale().toString(kHomeLongitude, 'f', 4)));
    } else {
        const core::Status status = core::validateCoordinate(0, *lon);
        setFieldError(QStringLiteral("lon"), status ? QString() : fieldErrorText(status.error()));
    }

    m_save->setEnabled(isValid());
}

} // namespace balgul::ui
