#include "ui/error_text.h"

#include "ui/qt_convert.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace balgul::ui {

namespace {

class ErrorText
{
    Q_DECLARE_TR_FUNCTIONS(ErrorText)

public:
    static QString field(const QString& code)
    {
        if (code == QLatin1String("title"))
            return tr("Title");
        if (code == QLatin1String("description"))
            return tr("Description");
        if (code == QLatin1String("address"))
            return tr("Address");
        if (code == QLatin1String("author"))
            return tr("Author");
        if (code == QLatin1String("category"))
            return tr("Category");
        if (code == QLatin1String("status"))
            return tr("Status");
        if (code == QLatin1String("lat"))
            return tr("Latitude");
        if (code == QLatin1String("lon"))
            return tr("Longitude");
        if (code == QLatin1String("text") || code == QLatin1String("comment"))
            return tr("Comment");
        if (code == QLatin1String("name") || code == QLatin1String("user_name"))
            return tr("Name");
        if (code == QLatin1String("eligible_invite"))
            return tr("Who may vote");
        if (code.startsWith(QLatin1String("pilot_ids")))
            return tr("Pilots");
        if (code.startsWith(QLatin1String("problem_ids")))
            return tr("Problems");
        return code;
    }

    /// The sentence for a code, or an empty string when the code is not known here.
    static QString sentence(const std::string& code, const QString& fieldName)
    {
        const bool hasField = !fieldName.isEmpty();
        if (code == "invalid_utf8")
            return hasField ? tr("“%1” contains characters that are not valid text.").arg(fieldName)
                            : tr("The text contains characters that are not valid text.");
        if (code == "required")
            return hasField ? tr("Please fill in “%1”.").arg(fieldName) : tr("A required value is missing.");
        if (code == "too_long")
            return hasField ? tr("“%1” is too long. Please shorten it.").arg(fieldName)
                            : tr("The text is too long. Please shorten it.");
        if (code == "out_of_range")
            return hasField ? tr("“%1” is outside the allowed range.").arg(fieldName)
                            : tr("A value is outside the allowed range.");
        if (code == "unknown_category")
            return tr("The category is not one Balgul knows. Please choose a category from the list.");
        if (code == "invalid_field" || code == "invalid_value")
            return hasField ? tr("“%1” has a value Balgul cannot use.").arg(fieldName)
                            : tr("A value cannot be used.");
        if (code == "invalid_text")
            return hasField ? tr("“%1” contains a control character, which is not text.").arg(fieldName)
                            : tr("The text contains a control character, which is not text.");
        if (code == "not_sqlite")
            return tr("This file is not a Balgul data file.");
        if (code == "not_balgul")
            return tr("This file is not a Balgul data file: it belongs to another program or is damaged. "
                      "It was left as it was.");
        if (code == "empty_store")
            return tr("This file is empty: it is not a Balgul data file yet.");
        if (code == "older_schema")
            return tr("This data file was written by an older version of Balgul. Open it once in Balgul to "
                      "upgrade it.");
        if (code == "store_corrupt")
            return tr(
                "This data file is damaged, and Balgul writes nothing more into it. If you sync with a "
                "hub, start a new profile and sync it to get back everything that was synced; otherwise "
                "put back your last backup of the file. Exporting may still save what can be read.");
        if (code == "read_only_folder")
            return tr("The folder of the data file is read-only. Balgul needs to write there: choose another "
                      "folder or allow writing to it.");
        if (code == "read_only_file")
            return tr("The data file is read-only. Balgul cannot save changes to it.");
        if (code == "is_folder")
            return tr("This is a folder, not a file.");
        if (code == "not_regular_file")
            return tr("This is not a file Balgul can read (it is a device, a pipe or a socket).");
        if (code == "compressed_file")
            return tr("This file is compressed or an archive. Decompress or extract it first.");
        if (code == "utf16_text")
            return tr("This file is UTF-16 text. Save it as UTF-8 and try again.");
        if (code == "not_text")
            return tr("This file is not text: it looks like binary data, a picture or a document.");
        if (code == "newer_schema")
            return tr(
                "This data file was written by a newer version of Balgul. Please update Balgul to open it.");
        if (code == "open_failed")
            return tr(
                "The data file could not be opened. Check that the folder exists and you may write to it.");
        if (code == "migration_failed")
            return tr("The data file could not be upgraded. It was left as it was.");
        if (code == "not_image")
            return tr("This file is not a picture Balgul can show (JPEG, PNG, GIF or WebP).");
        if (code == "too_large")
            return tr("The file is too large.");
        if (code == "file_not_found")
            return tr("The file could not be found.");
        if (code == "read_failed" || code == "io_error")
            return tr("The file could not be read.");
        if (code == "write_failed")
            return tr("The file could not be written. Check the free space and your permissions.");
        if (code == "invalid_json")
            return tr("The file is not valid JSON.");
        if (code == "invalid_csv")
            return tr("The file is not a CSV table Balgul can read.");
        if (code == "invalid_geojson")
            return tr("The file is not GeoJSON Balgul can read.");
        if (code == "not_found")
            return tr("It no longer exists. Someone may have removed it.");
        if (code == "store_failed" || code == "query_failed" || code == "database_error" ||
            code == "sql_error")
            return tr("The data file reported an error. Your last change was not saved.");
        if (code == "cancelled")
            return tr("Cancelled.");
        return {};
    }

    static QString where(const core::Error& error, const QString& fieldName)
    {
        QString place;
        if (!error.file.empty()) {
            const QString fileName = QFileInfo(toQ(error.file)).fileName();
            place = error.line > 0 ? tr("%1, line %2").arg(fileName).arg(error.line) : fileName;
        } else if (error.line > 0) {
            place = tr("line %1").arg(error.line);
        }
        if (!fieldName.isEmpty() && !place.isEmpty())
            place = tr("%1, field “%2”").arg(place, fieldName);
        return place;
    }
};

} // namespace

QString fieldName(const QString& field)
{
    return ErrorText::field(field);
}

QString describeError(const core::Error& error)
{
    const QString field = error.field.empty() ? QString() : ErrorText::field(toQ(error.field));
    QString text = ErrorText::sentence(error.code, field);
    if (text.isEmpty()) {
        text = error.message.empty() ? ErrorText::tr("Something went wrong.") : toQ(error.message);
        if (!field.isEmpty() && !error.message.empty())
            text = ErrorText::tr("%1: %2").arg(field, text);
    }
    // Place names the file (and field when the sentence did not): "(data.csv, line 12, field “Title”)".
    const bool sentenceNamesField = !field.isEmpty() && text.contains(field);
    const QString place = ErrorText::where(error, sentenceNamesField ? QString() : field);
    if (!place.isEmpty())
        text = ErrorText::tr("%1 (%2)").arg(text, place);
    return text;
}

} // namespace balgul::ui
