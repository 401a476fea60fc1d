using System.Net;

namespace ComplaintDesk.Tests.Integration;

public sealed class EndingAnApiSession(DeskApiFactory factory) : IClassFixture<DeskApiFactory>
{
    [Fact]
    public async Task Logout_answers_204_and_the_same_token_is_refused_afterwards()
    {
        var api = await DeskApi.SignInAsync(factory, "handler@demo.local");
        Assert.Equal(HttpStatusCode.OK, (await api.Http.GetAsync("/api/v1/complaints")).StatusCode);

        var logout = await api.Http.PostAsync("/api/v1/auth/logout", null);

        Assert.Equal(HttpStatusCode.NoContent, logout.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.Http.GetAsync("/api/v1/complaints")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.Http.PostAsync("/api/v1/auth/logout", null)).StatusCode);
    }

    [Fact]
    public async Task Logout_ends_only_that_token_and_not_the_persons_other_sign_ins()
    {
        var phone = await DeskApi.SignInAsync(factory, "supervisor@demo.local");
        var laptop = await DeskApi.SignInAsync(factory, "supervisor@demo.local");

        await phone.Http.PostAsync("/api/v1/auth/logout", null);

        Assert.Equal(HttpStatusCode.OK, (await laptop.Http.GetAsync("/api/v1/complaints")).StatusCode);
    }

    [Fact]
    public async Task Logout_is_for_bearer_tokens_so_a_cookie_cannot_be_signed_out_without_the_pages_form()
    {
        var browser = await CookieSignIn.SignInAsync(factory, "quality@demo.local");

        var logout = await browser.PostAsync("/api/v1/auth/logout", null);

        Assert.Equal(HttpStatusCode.Unauthorized, logout.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/api/v1/complaints")).StatusCode);
    }
}
