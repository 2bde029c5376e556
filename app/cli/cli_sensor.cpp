// balgul-cli import-sensor: preview or import a sensor file into the profile's store.

#include "app/cli/cli_support.h"
#include "app/cli/commands.h"
#include "core/io/io_support.h"
#include "core/sensor/generic_mapping.h"
#include "core/sensor/sensor_import.h"
#include "core/store/store.h"
#include "core/util/text.h"

#include <fstream>
#include <iostream>
#include <sstream>

namespace balgul::cli {

namespace {

int fail(const core::Error& e)
{
    return failed(e);
}

} // namespace

int runImportSensor(const Args& args)
{
    using namespace core::sensor;
    const auto files = args.positional();
    if (files.size() != 1) {
        std::cerr << commandHelp("import-sensor");
        return 2;
    }
    // A file that cannot be read is refused before the store is opened (or made).
    if (core::Status readable = core::checkInputFile(files[0]); !readable)
        return fail(readable.error());
    ImportOptions options;
    const auto format = sensorFormatFromString(args.option("format", "auto"));
    if (!format) {
        std::cerr << "balgul-cli: unknown --format '" << args.option("format") << "'\n"
                  << commandHelp("import-sensor");
        return 2;
    }
    options.format = *format;
    options.timeZone = args.option("tz");
    options.gpxPath = args.option("gpx");
    options.deviceName = args.option("name");
    if (const std::size_t at = core::findControlCharacter(options.deviceName); at != std::string::npos)
        return usage("--name contains the control character " + core::codePointName(options.deviceName, at));
    if (const std::string gap = args.option("max-gap"); !gap.empty()) {
        constexpr double kMaxGap = 86400;
        const auto seconds = decimalNumber(gap, 0, kMaxGap);
        if (!seconds)
            return usage("--max-gap takes seconds from 0 to 86400");
        options.maxGapSeconds = static_cast<int>(*seconds);
    }
    if (!args.option("lat").empty() || !args.option("lon").empty()) {
        const auto lat = decimalNumber(args.option("lat"), -90, 90);
        const auto lon = decimalNumber(args.option("lon"), -180, 180);
        if (!lat || !lon)
            return usage("--lat and --lon take degrees (both): latitude from -90 to 90, longitude from -180 "
                         "to 180");
        options.lat = *lat;
        options.lon = *lon;
    }
    std::unique_ptr<core::Store> store;
    auto openStore = [&]() -> bool {
        if (store)
            return true;
        auto opened = core::Store::open(args.storePath);
        if (!opened) {
            fail(opened.error());
            return false;
        }
        store = std::move(*opened);
        return true;
    };
    if (const std::string mappingFile = args.option("mapping"); !mappingFile.empty()) {
        if (core::Status readable = core::checkInputFile(mappingFile); !readable)
            return fail(readable.error());
        std::ifstream in(mappingFile, std::ios::binary);
        std::stringstream text;
        text << in.rdbuf();
        auto mapping = GenericMapping::fromJson(text.str());
        if (!mapping)
            return fail(mapping.error().file.empty() ? core::Error(mapping.error()).at(mappingFile)
                                                     : mapping.error());
        options.generic = std::move(*mapping);
    } else if (const std::string preset = args.option("preset"); !preset.empty()) {
        if (!openStore())
            return 1;
        auto found = PresetStore((*store).database()).find(preset);
        if (!found)
            return fail(found.error());
        if (!*found) {
            std::cerr << "balgul-cli: no preset named '" << preset << "'\n";
            return 1;
        }
        options.generic = std::move(**found);
    }
    if (options.generic && options.format == SensorFormat::Auto)
        options.format = SensorFormat::Generic;
    if (args.flag("preview")) {
        auto preview = previewSensorFile(files[0], options);
        if (!preview)
            return fail(preview.error());
        std::cout << preview->toText();
        return 0;
    }
    if (!openStore())
        return 1;
    if (const std::string name = args.option("save-preset"); !name.empty()) {
        if (!options.generic) {
            std::cerr << "balgul-cli: --save-preset needs --mapping\n";
            return 2;
        }
        if (auto saved = PresetStore(store->database()).save(name, *options.generic); !saved)
            return fail(saved.error());
    }
    auto report = importSensorFile(*store, files[0], options);
    if (!report)
        return fail(report.error());
    std::cout << (args.flag("json") ? report->toJson() + "\n" : report->toText());
    return 0;
}

} // namespace balgul::cli
