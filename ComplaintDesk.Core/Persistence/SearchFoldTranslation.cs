using ComplaintDesk.Core.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query.SqlExpressions;

namespace ComplaintDesk.Core.Persistence;

/// <summary>
/// <see cref="SearchText.Fold"/> inside a query, so a column is folded by the database as the desk folds text in
/// memory: SQLite calls the desk's own fold (<see cref="SearchFoldFunction"/>); PostgreSQL composes the text, lowers it
/// by Turkish rules (İ→i, I→ı) and reads every ı as i.
/// </summary>
internal static class SearchFoldTranslation
{
    public static void Map(ModelBuilder builder, bool postgres) =>
        builder.HasDbFunction(typeof(SearchText).GetMethod(nameof(SearchText.Fold))!)
            .HasTranslation(arguments => postgres ? OnPostgres(arguments[0]) : Call(SearchFoldFunction.Name, arguments[0]));

    private static SqlFunctionExpression OnPostgres(SqlExpression text)
    {
        var lowered = Call("lower", new CollateExpression(Call("normalize", text), NameCollation.Turkish.Postgres));
        return Call("translate", lowered, Constant("ı", text), Constant("i", text));
    }

    private static SqlFunctionExpression Call(string name, params SqlExpression[] arguments) =>
        new(name, arguments, nullable: true, arguments.Select(_ => true), typeof(string), arguments[0].TypeMapping);

    private static SqlConstantExpression Constant(string value, SqlExpression like) => new(value, typeof(string), like.TypeMapping);
}
